<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Rules</name>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>不是有效的 TOML：{error}</translation>
    </message>
    <message>
        <source>unknown section; expected one of: {names}</source>
        <translation>未知的节；应为以下之一：{names}</translation>
    </message>
    <message>
        <source>The rule-set file does not exist.</source>
        <translation>规则集文件不存在。</translation>
    </message>
    <message>
        <source>Cannot read the rule-set file: {error}</source>
        <translation>无法读取规则集文件：{error}</translation>
    </message>
    <message>
        <source>A rule-set file must be UTF-8 text.</source>
        <translation>规则集文件必须是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>ten days (xun)</source>
        <translation>旬</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>on foot</source>
        <translation>步行</translation>
    </message>
    <message>
        <source>by boat</source>
        <translation>乘船</translation>
    </message>
    <message>
        <source>by vehicle</source>
        <translation>乘车</translation>
    </message>
    <message>
        <source>by drone</source>
        <translation>无人机</translation>
    </message>
    <message>
        <source>must not be below invalid_below ({value})</source>
        <translation>不得低于 invalid_below（{value}）</translation>
    </message>
    <message>
        <source>the method {method} is missing</source>
        <translation>缺少巡河方式 {method}</translation>
    </message>
    <message>
        <source>name at least one level</source>
        <translation>至少要写一个级别</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}，第 {line} 行</translation>
    </message>
    <message>
        <source>the table [{name}] is missing</source>
        <translation>缺少表 [{name}]</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>必须是一个表</translation>
    </message>
    <message>
        <source>unknown key; expected one of: {keys}</source>
        <translation>未知的键；应为以下之一：{keys}</translation>
    </message>
    <message>
        <source>the key {key} is missing</source>
        <translation>缺少键 {key}</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be at least {min} (is {value})</source>
        <translation>不得小于 {min}（现为 {value}）</translation>
    </message>
    <message>
        <source>must be more than {min} (is {value})</source>
        <translation>必须大于 {min}（现为 {value}）</translation>
    </message>
    <message>
        <source>must be at most {max} (is {value})</source>
        <translation>不得大于 {max}（现为 {value}）</translation>
    </message>
    <message>
        <source>must be one of: {choices} (is {value})</source>
        <translation>必须是以下之一：{choices}（现为 {value}）</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>必须是非空文本</translation>
    </message>
    <message>
        <source>must be a non-empty list of whole numbers from {min} to {max}</source>
        <translation>必须是非空的整数列表，取值 {min} 到 {max}</translation>
    </message>
    <message>
        <source>lists a value twice</source>
        <translation>有重复的值</translation>
    </message>
</context>
</TS>
