<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Periods</name>
    <message>
        <source>&apos;{text}&apos; is not a period: write a year (2026), a quarter (2026Q3) or a month (2026-07)</source>
        <translation>“{text}”不是有效的期间：请写年份（2026）、季度（2026Q3）或月份（2026-07）</translation>
    </message>
</context>
</TS>
