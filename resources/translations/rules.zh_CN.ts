<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Assessment</name>
    <message>
        <source>Patrol duty</source>
        <extracomment>indicator key -&gt; (default maximum points, its figures). The order is the scorecard's.</extracomment>
        <translation>巡河履职</translation>
    </message>
    <message>
        <source>Problem reporting</source>
        <translation>问题上报</translation>
    </message>
    <message>
        <source>Problem handling</source>
        <translation>问题处置</translation>
    </message>
    <message>
        <source>Water quality</source>
        <translation>水质</translation>
    </message>
    <message>
        <source>Complaints and supervision findings</source>
        <translation>群众投诉与督查发现</translation>
    </message>
    <message>
        <source>Outfalls</source>
        <translation>入河排污口</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>public praise</source>
        <translation>通报表扬</translation>
    </message>
    <message>
        <source>admonitory talk</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>public criticism</source>
        <translation>通报批评</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Default (Henan 2018 frequencies)</source>
        <translation>默认规则（河南 2018 年巡河频次）</translation>
    </message>
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
    <message>
        <source>must be a list of grades from: {grades}</source>
        <translation>必须是等次列表，可选：{grades}</translation>
    </message>
    <message>
        <source>the grade bands must fall: excellent &gt; good &gt; pass (are {e}, {g}, {p})</source>
        <translation>等次分数线必须递减：优秀 &gt; 良好 &gt; 合格（现为 {e}、{g}、{p}）</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>must equal attain_points + improve_points ({sum})</source>
        <translation>必须等于 attain_points + improve_points（{sum}）</translation>
    </message>
    <message>
        <source>the maximum points of the enabled indicators must add up to 100 (they add up to {total})</source>
        <translation>启用指标的满分之和必须为 100（现为 {total}）</translation>
    </message>
</context>
</TS>