<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Demo</name>
    <message>
        <source>&apos;{value}&apos; is not a date (write it as 2026-11-28).</source>
        <translation>“{value}”不是日期（请写成 2026-11-28 的形式）。</translation>
    </message>
</context>
</TS>
