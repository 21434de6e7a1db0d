<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CliRegistry</name>
    <message>
        <source>skipped: </source>
        <translation>已跳过：</translation>
    </message>
    <message>
        <source>{file}: {new} new, {updated} updated, {same} unchanged, {skipped} skipped.</source>
        <translation>{file}：新增 {new}，更新 {updated}，未变 {same}，跳过 {skipped}。</translation>
    </message>
    <message>
        <source>... and {n} more</source>
        <translation>……另有 {n} 处</translation>
    </message>
    <message>
        <source>No segment with code {code}.</source>
        <translation>没有编码为 {code} 的河段。</translation>
    </message>
</context>
</TS>
