<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Files</name>
    <message>
        <source>The file cannot be replaced: it is open in another program (Excel, WPS, a PDF viewer) or read-only. Close it and try again.</source>
        <translation>无法替换该文件：它正被其他程序（Excel、WPS、PDF 阅读器）打开或为只读。请关闭后重试。</translation>
    </message>
</context>
</TS>
