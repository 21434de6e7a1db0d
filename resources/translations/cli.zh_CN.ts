<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Packages</name>
    <message>
        <source>no password for the signing key: set ${env} or run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password of the signing key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chief with code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} records written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: already imported, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} conflicts kept for an evaluator to settle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
