<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Media</name>
    <message>
        <source>No stored file has this fingerprint.</source>
        <translation>没有此指纹的已存文件。</translation>
    </message>
    <message>
        <source>The stored file is missing from the media folder.</source>
        <translation>媒体文件夹中缺少该存储文件。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB.</source>
        <translation>文件大于 50 MB。</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
</context>
</TS>
