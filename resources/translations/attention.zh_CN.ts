<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Attention</name>
    <message>
        <source>{n} problem(s) past the deadline for the fix</source>
        <extracomment>the section keys of the UI that show each kind of item</extracomment>
        <translation>{n} 个问题已超过整改期限</translation>
    </message>
    <message>
        <source>{n} reported fix(es) awaiting acceptance (验收销号)</source>
        <translation>{n} 个问题整改已上报，待验收销号</translation>
    </message>
    <message>
        <source>{n} problem(s) registered but not yet assigned (交办)</source>
        <translation>{n} 个问题已登记，尚未交办</translation>
    </message>
    <message>
        <source>{n} re-inspection(s) (回头看) due</source>
        <translation>{n} 个已销号问题到期需回头看</translation>
    </message>
    <message>
        <source>{n} outfall(s) past their remediation deadline</source>
        <translation>{n} 个排污口已超过整治时限</translation>
    </message>
    <message>
        <source>{n} supervision batch(es) with overdue problems</source>
        <translation>{n} 个督察反馈批次有逾期问题</translation>
    </message>
    <message>
        <source>{n} complaint(s) without a reply</source>
        <translation>{n} 件信访投诉尚未答复</translation>
    </message>
    <message>
        <source>{n} conflict(s) between received packages to settle</source>
        <translation>{n} 处数据包冲突待处理</translation>
    </message>
    <message>
        <source>The assessment of {when} has not been frozen yet</source>
        <translation>{when} 的考核结果尚未冻结</translation>
    </message>
    <message>
        <source>{n} praise or accountability measure(s) not yet recorded as done</source>
        <translation>{n} 项表扬或问责尚未登记落实情况</translation>
    </message>
    <message>
        <source>{n} of your problem(s) past the deadline</source>
        <translation>本单位 {n} 个问题已超过整改期限</translation>
    </message>
    <message>
        <source>{n} problem(s) assigned to you to accept or return</source>
        <translation>{n} 个交办问题待签收或退回</translation>
    </message>
    <message>
        <source>{n} problem(s) assigned to you to accept</source>
        <translation>{n} 个交办问题待签收</translation>
    </message>
    <message>
        <source>{n} of your problem(s) due this week</source>
        <translation>本单位 {n} 个问题本周到期</translation>
    </message>
    <message>
        <source>{n} of your fix(es) sent back (rejected or reopened): rectify and report again</source>
        <translation>本单位 {n} 个问题整改被退回（验收不通过或回头看重新打开），请重新整改并报送</translation>
    </message>
    <message>
        <source>Patrols of {when} were missed</source>
        <translation>{when} 的巡河任务未完成</translation>
    </message>
    <message>
        <source>{n} patrol(s) still due by {when}</source>
        <translation>{when} 前还需巡河 {n} 次</translation>
    </message>
    <message>
        <source>{n} patrol draft(s) not submitted</source>
        <translation>{n} 份巡河草稿尚未提交</translation>
    </message>
    <message>
        <source>{n} problem(s) you answer for are not closed yet</source>
        <translation>您负责的 {n} 个问题尚未销号</translation>
    </message>
</context>
</TS>