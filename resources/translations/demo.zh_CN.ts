<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Demo</name>
    <message>
        <source>Unknown tier '{tier}': choose district, city or province.</source>
        <extracomment>The demo steps in the order they run; each is ``riverchief.demo.&lt;name&gt;.generate``.</extracomment>
        <translation>未知规模“{tier}”：请选择 district（区）、city（市）或 province（省）。</translation>
    </message>
    <message>
        <source>The file already exists; choose a new file name.</source>
        <translation>文件已存在，请换一个文件名。</translation>
    </message>
    <message>
        <source>demo areas</source>
        <translation>演示行政区划</translation>
    </message>
    <message>
        <source>demo hash chains of chiefs {first}-{last}</source>
        <extracomment>a demo patrol is entered at most this long after its start (back-dated ones: 20 days) per tier, where chains start: "year" (every patrol of the year) or "quarter" (patrols entered since the start of the quarter of the demo's today: the chained laptop app was rolled out then). Chaining costs ~90 µs a patrol (city tier: 53,843 patrols in 4.9 s; about 12 µs reading, 20 ``chained_content``, 20 ``canonical``, 20 writing ~1.7 KB of content, the rest hashing and bookkeeping), so the whole province (~2.3 million) would add ~3.5 minutes to its ~3; its current quarter (~18 % of the patrols on 28 November, at most a quarter's) adds ~37 s (at most ~55 s), and the quarter the weak-evidence page opens on is chained. The province tier chains nothing for now: its generation would near its 300 s budget, and the weak-evidence page verifies every chief's whole chain (~2 minutes for a province quarter's chains), so there every patrol stays unverified until that page verifies chains incrementally; "quarter" is then its setting.</extracomment>
        <translation>演示第 {first}–{last} 名河长的哈希链</translation>
    </message>
    <message>
        <source>demo photos</source>
        <translation>演示照片</translation>
    </message>
    <message>
        <source>demo complaints</source>
        <translation>演示信访投诉</translation>
    </message>
    <message>
        <source>demo supervision batches</source>
        <translation>演示督察反馈批次</translation>
    </message>
    <message>
        <source>demo problems</source>
        <translation>演示问题</translation>
    </message>
    <message>
        <source>demo problem timelines</source>
        <translation>演示问题处理过程</translation>
    </message>
    <message>
        <source>demo problem evidence</source>
        <translation>演示问题照片与材料</translation>
    </message>
    <message>
        <source>demo links</source>
        <translation>演示同类问题关联</translation>
    </message>
    <message>
        <source>demo outfalls</source>
        <translation>演示排污口</translation>
    </message>
    <message>
        <source>demo outfall events</source>
        <translation>演示排污口处理过程</translation>
    </message>
    <message>
        <source>demo outfall milestones</source>
        <translation>演示排污口整治节点</translation>
    </message>
    <message>
        <source>demo outfall monitoring</source>
        <translation>演示排污口监测</translation>
    </message>
    <message>
        <source>demo outfall photos</source>
        <translation>演示排污口照片</translation>
    </message>
    <message>
        <source>demo patrols {first}-{last}</source>
        <translation>演示第 {first}–{last} 条巡河记录</translation>
    </message>
    <message>
        <source>demo {records}</source>
        <translation>演示{records}</translation>
    </message>
    <message>
        <source>demo samples</source>
        <translation>演示水质监测数据</translation>
    </message>
    <message>
        <source>demo sample values</source>
        <translation>演示监测指标值</translation>
    </message>
</context>
</TS>