<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Demo</name>
    <message>
        <source>Unknown tier &apos;{tier}&apos;: choose district, city or province.</source>
        <extracomment>The demo steps in the order they run; each is ``riverchief.demo.&lt;name&gt;.generate``.</extracomment>
        <translation>未知规模“{tier}”：请选择 district（区）、city（市）或 province（省）。</translation>
    </message>
    <message>
        <source>The file already exists; choose a new file name.</source>
        <translation>文件已存在，请换一个文件名。</translation>
    </message>
</context>
</TS>
