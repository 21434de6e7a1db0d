<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Assessment</name>
    <message>
        <source>The deductions ({lost}) exceed the maximum; the indicator counts 0.</source>
        <translation>扣分（{lost}）超过满分，本项计 0 分。</translation>
    </message>
    <message>
        <source>Not applicable: the app keeps no {what} yet.</source>
        <translation>不适用：本系统尚未记录{what}。</translation>
    </message>
    <message>
        <source>{count} patrol(s) per {per} required: {required} in the period</source>
        <translation>要求每{per}巡河 {count} 次：本期应巡 {required} 次</translation>
    </message>
    <message>
        <source> ({full} x {days} of {period_days} days assigned, rounded down)</source>
        <translation>（{full} × 任职 {days}/{period_days} 天，向下取整）</translation>
    </message>
    <message>
        <source>; {credited} counted, {missed} missed</source>
        <translation>；计入 {credited} 次，缺 {missed} 次</translation>
    </message>
    <message>
        <source>Segment {segment}: </source>
        <translation>河段 {segment}：</translation>
    </message>
    <message>
        <source>Not applicable: the rule set requires no patrols of this level.</source>
        <translation>不适用：规则集未规定该级别的巡河频次。</translation>
    </message>
    <message>
        <source>patrol records</source>
        <translation>巡河记录</translation>
    </message>
    <message>
        <source>{n} patrol(s) judged invalid, {each} each</source>
        <translation>{n} 次巡河判定无效，每次扣 {each} 分</translation>
    </message>
    <message>
        <source>{n} patrol record(s) without text or photo, {each} each</source>
        <translation>{n} 条巡河记录缺少文字或照片，每条扣 {each} 分</translation>
    </message>
    <message>
        <source>, capped at {cap}</source>
        <translation>，封顶 {cap} 分</translation>
    </message>
    <message>
        <source>problem records</source>
        <translation>问题记录</translation>
    </message>
    <message>
        <source>{n} problem(s) on the chief's waters found by others, not on a patrol, {each} each</source>
        <translation>责任河湖上 {n} 个问题由他人发现而非巡河发现，每个扣 {each} 分</translation>
    </message>
    <message>
        <source>{n} problem(s) reported more than {days} day(s) after the patrol, {each} each</source>
        <translation>{n} 个问题在巡河后超过 {days} 天才上报，每个扣 {each} 分</translation>
    </message>
    <message>
        <source>Problem {label} overdue {days} day(s) in the period (deadline {deadline}): {base} + {per_day} x {days}</source>
        <translation>问题 {label} 本期超期 {days} 天（期限 {deadline}）：{base} + {per_day} × {days}</translation>
    </message>
    <message>
        <source>water-quality data</source>
        <translation>水质数据</translation>
    </message>
    <message>
        <source>Not applicable: no monitoring section of the chief's waters has results in the period.</source>
        <translation>不适用：责任河湖的监测断面本期无监测结果。</translation>
    </message>
    <message>
        <source>{failing} of {counted} section-month(s) missed the target class: {points} x {failing}/{counted}</source>
        <translation>{counted} 个断面月中有 {failing} 个未达目标水质类别：{points} × {failing}/{counted}</translation>
    </message>
    <message>
        <source>No results for the same period last year: the improvement part ({points}) does not apply.</source>
        <translation>去年同期无监测结果：水质改善部分（{points} 分）不适用。</translation>
    </message>
    <message>
        <source>Water-quality score {now} is below the same period last year ({before})</source>
        <translation>水质得分 {now} 低于去年同期（{before}）</translation>
    </message>
    <message>
        <source>complaints or supervision findings</source>
        <translation>投诉或督查发现问题记录</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <source>{n} substantiated complaint(s), {each} each</source>
        <translation>{n} 件投诉经查属实，每件扣 {each} 分</translation>
    </message>
    <message>
        <source>supervision findings</source>
        <translation>督查发现问题记录</translation>
    </message>
    <message>
        <source>{month} {cost} (still unfixed)</source>
        <translation>{month} 扣 {cost} 分（仍未整改，加倍）</translation>
    </message>
    <message>
        <source>Supervision finding {label} unfixed after its deadline {deadline}: {parts}</source>
        <translation>督查发现问题 {label} 超过整改期限 {deadline} 仍未整改：{parts}</translation>
    </message>
    <message>
        <source>outfall records</source>
        <translation>排污口台账</translation>
    </message>
    <message>
        <source>{n} outfall(s) past their deadline and not remediated, {each} each</source>
        <translation>{n} 个排污口超过整治时限仍未整治，每个扣 {each} 分</translation>
    </message>
    <message>
        <source>Bonus points {raw} capped at {cap}.</source>
        <translation>加分 {raw} 分，封顶 {cap} 分。</translation>
    </message>
</context>
</TS>