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
        <source>{month} -{cost} (still unfixed)</source>
        <translation>{month} 扣 {cost} 分（仍未整改，加倍）</translation>
    </message>
    <message>
        <source>{month} -{cost}</source>
        <translation>{month} 扣 {cost} 分</translation>
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
    <message>
        <source>'{value}' is not a number of points.</source>
        <translation>“{value}”不是有效的分值。</translation>
    </message>
    <message>
        <source>Points are written with at most 2 decimals (is {value}).</source>
        <translation>分值最多保留 2 位小数（现为 {value}）。</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>必须填写理由。</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No chief with code {code}.</source>
        <translation>没有编码为 {code} 的河长。</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Bonus points must be more than 0.</source>
        <translation>加分必须大于 0。</translation>
    </message>
    <message>
        <source>digest of the inputs</source>
        <translation>计算输入摘要</translation>
    </message>
    <message>
        <source>results</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <source>No assessment run {id}.</source>
        <translation>没有考核批次 {id}。</translation>
    </message>
    <message>
        <source>The chief is not in this run.</source>
        <translation>该河长不在本次考核中。</translation>
    </message>
    <message>
        <source>An adjustment of 0 points changes nothing.</source>
        <translation>调整 0 分不会改变任何结果。</translation>
    </message>
    <message>
        <source>The chief has no total in this run; there is nothing to adjust.</source>
        <translation>该河长本次考核没有总分，无法调整。</translation>
    </message>
    <message>
        <source>new in this run</source>
        <translation>本次新增</translation>
    </message>
    <message>
        <source>no longer in the run</source>
        <translation>本次不再参加考核</translation>
    </message>
    <message>
        <source>{name}: {old} → {new}</source>
        <translation>{name}：{old} → {new}</translation>
    </message>
    <message>
        <source>added: {indicator} {points}: {reason}</source>
        <translation>新增：{indicator} {points}：{reason}</translation>
    </message>
    <message>
        <source>removed: {indicator} {points}: {reason}</source>
        <translation>取消：{indicator} {points}：{reason}</translation>
    </message>
    <message>
        <source>changed: {indicator} {old} → {new}: {reason}</source>
        <translation>变化：{indicator} {old} → {new}：{reason}</translation>
    </message>
    <message>
        <source>The rule sets differ ({a} and {b}).</source>
        <translation>规则集不同（{a} 与 {b}）。</translation>
    </message>
    <message>
        <source>The input records differ ({a} and {b} records).</source>
        <translation>输入记录不同（{a} 条与 {b} 条）。</translation>
    </message>
    <message>
        <source>The periods differ ({a} and {b}).</source>
        <translation>考核期不同（{a} 与 {b}）。</translation>
    </message>
    <message>
        <source>manual adjustment {old} → {new}</source>
        <translation>人工调整 {old} → {new}</translation>
    </message>
    <message>
        <source>{grade} ({total}) in {period}</source>
        <translation>{period} 考核{grade}（{total} 分）</translation>
    </message>
    <message>
        <source>{grades} and now {now}: {n} periods running</source>
        <translation>{grades}，本期{now}：连续 {n} 期</translation>
    </message>
    <message>
        <source>Overdue supervision finding(s): {labels}</source>
        <translation>督查发现问题逾期未整改：{labels}</translation>
    </message>
    <message>
        <source>The consequence no longer exists.</source>
        <translation>该处理结果已不存在。</translation>
    </message>
    <message>
        <source>'{value}' is not a date (write it as 2026-07-01).</source>
        <translation>“{value}”不是日期（请写成 2026-07-01）。</translation>
    </message>
    <message>
        <source>date done</source>
        <translation>落实日期</translation>
    </message>
    <message>
        <source>Say who carried it out.</source>
        <translation>请填写落实人。</translation>
    </message>
    <message>
        <source>done by</source>
        <translation>落实人</translation>
    </message>
    <message>
        <source>all areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>No area with code {code}.</source>
        <translation>没有编码为 {code} 的区域。</translation>
    </message>
    <message>
        <source>Unknown level '{level}': use district, township or village.</source>
        <translation>未知级别“{level}”：请用 district、township 或 village。</translation>
    </message>
    <message>
        <source>patrol</source>
        <translation>巡河记录</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>outfall</source>
        <translation>排污口</translation>
    </message>
    <message>
        <source>section</source>
        <translation>监测断面</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>ten days</source>
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
        <source>bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>The chief no longer exists.</source>
        <translation>该河长已不存在。</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Rule editor</source>
        <translation>规则编辑</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>{n} chiefs; {grades}; rule set {name} {version} ({digest})</source>
        <translation>共 {n} 名河长；{grades}；规则集 {name} {version}（{digest}）</translation>
    </message>
    <message>
        <source>Patrol compliance {rate} ({counted} of {required}); problems found {found}, closed {closed}, overdue {overdue}; section-months meeting the target {attained}, worse than V {worst}; complaints {complaints} (previous period {previous})</source>
        <translation>巡河达标率 {rate}（{counted}/{required}）；发现问题 {found} 个，销号 {closed} 个，超期 {overdue} 个；断面月达标率 {attained}，劣Ⅴ类占比 {worst}；投诉 {complaints} 件（上期 {previous} 件）</translation>
    </message>
</context>
<context>
    <name>ChiefViewPanel</name>
    <message>
        <source>My assessment</source>
        <translation>我的考核</translation>
    </message>
    <message>
        <source>{period} so far (to {day}): {total} points, {grade}</source>
        <translation>{period} 截至 {day}：{total} 分，{grade}</translation>
    </message>
    <message>
        <source>Missed: {units}</source>
        <translation>已缺巡：{units}</translation>
    </message>
    <message>
        <source>Patrols still due: {units}</source>
        <translation>还需巡河：{units}</translation>
    </message>
    <message>
        <source>Problem {code}: deadline {deadline} ({days} days left)</source>
        <translation>问题 {code}：整改期限 {deadline}（剩 {days} 天）</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>所属区域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Rank in level</source>
        <translation>同级排名</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Grades and bonus</source>
        <translation>等次与加分</translation>
    </message>
    <message>
        <source>Excellent from</source>
        <translation>优秀分数线</translation>
    </message>
    <message>
        <source>Good from</source>
        <translation>良好分数线</translation>
    </message>
    <message>
        <source>Pass from</source>
        <translation>合格分数线</translation>
    </message>
    <message>
        <source>Bonus points at most</source>
        <translation>加分上限</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Check and preview</source>
        <translation>校验并预览</translation>
    </message>
    <message>
        <source>Use for the ranking</source>
        <translation>用于排名</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The rule set is valid.</source>
        <translation>规则集校验通过。</translation>
    </message>
    <message>
        <source>Grades in {period}: {changes}</source>
        <translation>{period} 各等次人数：{changes}</translation>
    </message>
    <message>
        <source>Export the rule set</source>
        <translation>导出规则集</translation>
    </message>
    <message>
        <source>Import a rule set</source>
        <translation>导入规则集</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <source>Back to the ranking</source>
        <translation>返回排名</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Indicator / deduction / record</source>
        <translation>指标 / 扣分 / 记录</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>{name} ({code}), {area}: {total} points, {grade}</source>
        <translation>{name}（{code}），{area}：{total} 分，{grade}</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
</TS>