<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <source>Charts are exported as PNG or SVG, not '{kind}'.</source>
        <translation>图表只能导出为 PNG 或 SVG，不能导出为“{kind}”。</translation>
    </message>
    <message>
        <source>The resolution must be between 30 and 1200 dpi.</source>
        <translation>分辨率必须在 30 到 1200 dpi 之间。</translation>
    </message>
    <message>
        <source>Cannot write the file: {error}</source>
        <translation>无法写入文件：{error}</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>counted, short of the requirement</source>
        <translation>计入（未达要求）</translation>
    </message>
    <message>
        <source>judged invalid</source>
        <translation>判定无效</translation>
    </message>
    <message>
        <source>Patrols against the requirement</source>
        <translation>巡河次数与要求</translation>
    </message>
    <message>
        <source>a year before</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>目标 {value}</translation>
    </message>
    <message>
        <source>Water-quality score by month</source>
        <translation>逐月水质得分</translation>
    </message>
    <message>
        <source>chiefs</source>
        <translation>河长人数</translation>
    </message>
    <message>
        <source>Distribution of grades</source>
        <translation>考核等次分布</translation>
    </message>
    <message>
        <source>counted patrols</source>
        <translation>有效巡河</translation>
    </message>
    <message>
        <source>invalid patrols</source>
        <translation>无效巡河</translation>
    </message>
    <message>
        <source>required</source>
        <translation>应巡次数</translation>
    </message>
    <message>
        <source>short {n}</source>
        <translation>缺{n}次</translation>
    </message>
    <message>
        <source>patrols</source>
        <translation>巡河次数</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Patrols against the number required</source>
        <translation>巡河次数与应巡次数</translation>
    </message>
    <message>
        <source>water-quality score</source>
        <translation>水质得分</translation>
    </message>
    <message>
        <source>Water-quality score of river chiefs by month</source>
        <translation>河长水质得分（按月）</translation>
    </message>
    <message>
        <source>share of sections (%)</source>
        <translation>断面比例（%）</translation>
    </message>
    <message>
        <source>Sections by water class</source>
        <translation>各类水质断面比例</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>below detection (half the limit)</source>
        <translation>未检出（按检出限一半）</translation>
    </message>
    <message>
        <source>class {cls} limit {limit}</source>
        <translation>{cls}类限值 {limit}</translation>
    </message>
    <message>
        <source>{item} at {section}</source>
        <translation>{section}{item}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>River chiefs ranked by water-quality score</source>
        <translation>河长水质得分排名</translation>
    </message>
    <message>
        <source>TLI</source>
        <translation>TLI</translation>
    </message>
    <message>
        <source>trophic state index TLI(Σ)</source>
        <translation>综合营养状态指数 TLI(Σ)</translation>
    </message>
    <message>
        <source>Trophic state of {lake}</source>
        <translation>{lake}营养状态</translation>
    </message>
    <message>
        <source>Trophic state</source>
        <translation>营养状态</translation>
    </message>
</context>
</TS>