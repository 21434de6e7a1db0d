<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Files</name>
    <message>
        <source>The path is too long for Windows: {length} characters, and at most {most} can be written here. Choose a folder nearer the top of the drive (such as D:\RiverChief) or a shorter file name.</source>
        <translation>路径太长，Windows 无法写入：共 {length} 个字符，此处最多只能写 {most} 个。请选择更靠近磁盘根目录的文件夹（例如 D:\RiverChief），或使用更短的文件名。</translation>
    </message>
    <message>
        <source>The file cannot be replaced: it is open in another program (Excel, WPS, a PDF viewer) or read-only. Close it and try again.</source>
        <translation>无法替换该文件：它正被其他程序（Excel、WPS、PDF 阅读器）打开或为只读。请关闭后重试。</translation>
    </message>
</context>
</TS>