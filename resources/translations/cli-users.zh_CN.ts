<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CliUsers</name>
    <message>
        <source>This installation has users: add --user CODE (password from ${env} or a prompt).</source>
        <translation>本机已有用户账户：请加上 --user 登录名（密码取自 ${env} 或提示输入）。</translation>
    </message>
    <message>
        <source>No password: set ${env} or run in a terminal.</source>
        <translation>没有密码：请设置 ${env}，或在终端中运行。</translation>
    </message>
    <message>
        <source>Give the new password with --password-stdin, or --no-password.</source>
        <translation>请用 --password-stdin 提供新密码，或使用 --no-password。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>--code needs --table.</source>
        <translation>--code 需要同时给出 --table。</translation>
    </message>
    <message>
        <source>No {what} with code {code}.</source>
        <translation>没有编码为 {code} 的{what}。</translation>
    </message>
    <message>
        <source>{n} audit entries written to {path}.</source>
        <translation>已将 {n} 条审计记录写入 {path}。</translation>
    </message>
    <message>
        <source>chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>area</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Added {code} ({role}).</source>
        <translation>已添加 {code}（{role}）。</translation>
    </message>
    <message>
        <source>No user {code}.</source>
        <translation>没有用户 {code}。</translation>
    </message>
    <message>
        <source>A new password is needed.</source>
        <translation>需要提供新密码。</translation>
    </message>
    <message>
        <source>Password of {code} reset; the account is unlocked.</source>
        <translation>{code} 的密码已重置，账户已解锁。</translation>
    </message>
</context>
</TS>
