<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Areas</name>
    <message>
        <source>province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>city</source>
        <translation>市</translation>
    </message>
    <message>
        <source>district</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>township/street</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>village/community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Unknown area level &apos;{level}&apos;.</source>
        <translation>未知的区域级别“{level}”。</translation>
    </message>
    <message>
        <source>An area needs a code and a name.</source>
        <translation>区域需要编码和名称。</translation>
    </message>
    <message>
        <source>The area code {code} is already used.</source>
        <translation>区域编码 {code} 已被使用。</translation>
    </message>
    <message>
        <source>No area with code {code}.</source>
        <translation>没有编码为 {code} 的区域。</translation>
    </message>
    <message>
        <source>A {child} cannot belong to a {parent}.</source>
        <translation>{child}不能隶属于{parent}。</translation>
    </message>
</context>
</TS>
