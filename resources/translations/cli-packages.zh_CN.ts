<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Packages</name>
    <message>
        <source>no password for the signing key: set ${env} or run in a terminal</source>
        <translation>没有签名密钥的密码：请设置 ${env} 或在终端中运行</translation>
    </message>
    <message>
        <source>password of the signing key: </source>
        <translation>签名密钥的密码：</translation>
    </message>
    <message>
        <source>No chief with code {code}.</source>
        <translation>没有编码为 {code} 的河长。</translation>
    </message>
    <message>
        <source>{count} records written to {path}</source>
        <translation>已将 {count} 条记录写入 {path}</translation>
    </message>
    <message>
        <source>{path}: already imported, nothing changed</source>
        <translation>{path}：已导入过，未做任何更改</translation>
    </message>
    <message>
        <source>receipt from the office: package received {when}, {n} records acknowledged</source>
        <translation>河长办回执：数据包于 {when} 收到，{n} 条记录已确认接收</translation>
    </message>
    <message>
        <source>{judged} patrols judged again with this installation&apos;s rule set; {changed} verdicts differ from the laptop&apos;s</source>
        <translation>已按本机现行规则重新核验 {judged} 条巡河记录；其中 {changed} 条的结论与笔记本上的不同</translation>
    </message>
    <message>
        <source>{n} conflicts kept for an evaluator to settle</source>
        <translation>{n} 处冲突已保留，待考核人员处理</translation>
    </message>
</context>
</TS>
