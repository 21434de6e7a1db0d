<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Media</name>
    <message>
        <source>no time or place recorded</source>
        <translation>未记录拍摄时间和地点</translation>
    </message>
    <message>
        <source>no time recorded</source>
        <translation>未记录拍摄时间</translation>
    </message>
    <message>
        <source>no place recorded</source>
        <translation>未记录拍摄地点</translation>
    </message>
    <message>
        <source>The photo is {size} MB; photos over {limit} MB are refused. Send a smaller copy.</source>
        <translation>照片大小为 {size} MB，超过 {limit} MB 的照片不予接收，请使用较小的副本。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>This file is not a photo (JPEG, PNG or HEIC), whatever its name says.</source>
        <translation>该文件不是照片（JPEG、PNG 或 HEIC），与文件名无关。</translation>
    </message>
    <message>
        <source>The photo is damaged and cannot be read: {error}</source>
        <translation>照片已损坏，无法读取：{error}</translation>
    </message>
    <message>
        <source>A stored file is missing from the media folder.</source>
        <translation>媒体文件夹中缺少一个已保存的文件。</translation>
    </message>
    <message>
        <source>A stored file was altered: its content no longer matches its fingerprint.</source>
        <translation>一个已保存的文件被改动过：其内容与指纹不再相符。</translation>
    </message>
</context>
</TS>
