<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message>
        <source>{area} River Chief Office</source>
        <translation>{area}河长制办公室</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: write it as 2026-10-08.</source>
        <translation>“{text}”不是日期：请写成 2026-10-08 的格式。</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页 共 {total} 页</translation>
    </message>
    <message>
        <source>No water with code {code}.</source>
        <translation>没有编码为 {code} 的水体。</translation>
    </message>
    <message>
        <source>One water, one file: {name}</source>
        <translation>一河一档：{name}</translation>
    </message>
    <message>
        <source>One water, one file</source>
        <translation>一河一档</translation>
    </message>
    <message>
        <source>Water:</source>
        <translation>水体：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>所属区域：</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>河段数：</translation>
    </message>
    <message>
        <source>Monitoring sections:</source>
        <translation>监测断面数：</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>编制人：</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>1. Segments</source>
        <translation>一、河段</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>To</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>长度（千米）</translation>
    </message>
    <message>
        <source>chiefs</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>2. River chiefs, past and present</source>
        <translation>二、历任与现任河长</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务类别</translation>
    </message>
    <message>
        <source>Organisation and post</source>
        <translation>单位及职务</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>任止</translation>
    </message>
    <message>
        <source>water quality</source>
        <translation>水质</translation>
    </message>
    <message>
        <source>3. Monitoring sections and water quality</source>
        <translation>三、监测断面与水质</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>断面</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Latest month</source>
        <translation>最近月份</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Main pollutants</source>
        <translation>主要污染指标</translation>
    </message>
    <message>
        <source>Sections of {water} by class</source>
        <translation>{water}各类别断面占比</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>4. Problems</source>
        <translation>四、问题</translation>
    </message>
    <message>
        <source>outfalls</source>
        <translation>排污口</translation>
    </message>
    <message>
        <source>5. Outfalls into the water</source>
        <translation>五、入河排污口</translation>
    </message>
    <message>
        <source>6. Public signs</source>
        <translation>六、河长公示牌</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>排版</translation>
    </message>
    <message>
        <source>{y}-{m:02d}-{d:02d}</source>
        <translation>{y}年{m}月{d}日</translation>
    </message>
    <message>
        <source>No problem ledger in this database.</source>
        <translation>本数据库中没有问题台账。</translation>
    </message>
    <message>
        <source>No problems were recorded on this water.</source>
        <translation>该水体没有记录问题。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No outfall ledger in this database.</source>
        <translation>本数据库中没有排污口台账。</translation>
    </message>
    <message>
        <source>No outfalls were recorded on this water.</source>
        <translation>该水体没有记录入河排污口。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>整治类型</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任主体</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
</context>
</TS>
