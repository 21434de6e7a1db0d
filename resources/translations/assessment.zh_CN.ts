<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust a score by hand</source>
        <translation>人工调整得分</translation>
    </message>
    <message>
        <source>{name} ({code}): frozen total {total}; an adjustment is kept apart from the frozen result, shown as such and audited.</source>
        <translation>{name}（{code}）：冻结得分 {total}；人工调整与冻结结果分开保存，单独标明并记入审计日志。</translation>
    </message>
    <message>
        <source>Required: why the score is changed, e.g. the finding was fixed on time (督查室 2026-07-03)</source>
        <translation>必填：调整得分的理由，例如该督查问题已按期整改（督查室 2026-07-03）</translation>
    </message>
    <message>
        <source>Points (+ or -)</source>
        <translation>分值（加或减）</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
</context>
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
        <source>; </source>
        <translation>；</translation>
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
        <source>{n} problem(s) on the chief&apos;s waters found by others, not on a patrol, {each} each</source>
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
        <source>Not applicable: no monitoring section of the chief&apos;s waters has results in the period.</source>
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
        <source>&apos;{value}&apos; is not a number of points.</source>
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
        <source>praise and accountability of the run of {period}, {area}</source>
        <translation>{period}{area}考核结果的表扬与问责</translation>
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
        <source>{month}: class {cls}, target {target} met</source>
        <translation>{month}：水质类别 {cls}，目标 {target}，达标</translation>
    </message>
    <message>
        <source>{month}: class {cls}, target {target} missed</source>
        <translation>{month}：水质类别 {cls}，目标 {target}，未达标</translation>
    </message>
    <message>
        <source>; main pollutants: {items}</source>
        <translation>；主要污染物：{items}</translation>
    </message>
    <message>
        <source>{what}: {old} → {new}</source>
        <translation>{what}：{old} → {new}</translation>
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
        <source>{indicator}, {figure}</source>
        <translation>{indicator}·{figure}</translation>
    </message>
    <message>
        <source>Who is praised or held to account is decided otherwise.</source>
        <translation>表扬与问责的认定规则不同。</translation>
    </message>
    <message>
        <source>The assessment figures are the same; other parts of the rule set differ (patrol frequencies or the evidence rules).</source>
        <translation>考核分值相同；规则集的其他部分不同（巡河频次或证据核验规则）。</translation>
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
        <source>&apos;{value}&apos; is not a date (write it as 2026-07-01).</source>
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
        <source>Unknown level &apos;{level}&apos;: use district, township or village.</source>
        <translation>未知级别“{level}”：请用 district、township 或 village。</translation>
    </message>
    <message>
        <source>all levels</source>
        <translation>全部级别</translation>
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
    <message>
        <source>Grades of the chiefs, {period}</source>
        <translation>{period} 河长考核等次分布</translation>
    </message>
    <message>
        <source>{name}: patrols against the requirement, {year}</source>
        <translation>{name}：{year} 年巡河次数与要求</translation>
    </message>
    <message>
        <source>{name}: water-quality score by month, {year}</source>
        <translation>{name}：{year} 年逐月水质得分</translation>
    </message>
    <message>
        <source>Scoring {n} chiefs</source>
        <translation>正在计算 {n} 名河长的得分</translation>
    </message>
    <message>
        <source>Reading the patrols</source>
        <translation>正在读取巡河记录</translation>
    </message>
    <message>
        <source>Reading the problems and complaints</source>
        <translation>正在读取问题与投诉</translation>
    </message>
    <message>
        <source>Reading the outfalls</source>
        <translation>正在读取入河排污口</translation>
    </message>
    <message>
        <source>Reading the water-quality results</source>
        <translation>正在读取水质监测结果</translation>
    </message>
    <message>
        <source>Reading the bonus points</source>
        <translation>正在读取加分记录</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> 等 {n} 人</translation>
    </message>
    <message>
        <source>The run cannot be withdrawn: what followed from it is recorded for {n} chief(s) ({names}).</source>
        <translation>不能撤销该考核结果：已有 {n} 名河长的处理落实情况据此登记（{names}）。</translation>
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
        <source>Score every chief of the area for the period (F5)</source>
        <translation>为本区域本考核期的每位河长评分（F5）</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>冻结结果…</translation>
    </message>
    <message>
        <source>Store this ranking as a frozen run with its rule set, input digest and consequences</source>
        <translation>将本次排名连同考核规则、数据摘要和奖惩结果冻结保存</translation>
    </message>
    <message>
        <source>Rule editor</source>
        <translation>规则编辑</translation>
    </message>
    <message>
        <source>Find a chief or area (name or code)</source>
        <translation>查找河长或区域（姓名或编码）</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Frozen runs</source>
        <translation>考核结果</translation>
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
        <source>The records have changed since this ranking was computed: press Compute (F5) to bring it up to date.</source>
        <translation>计算此排名后记录已有变化：请点“计算”（F5）更新。</translation>
    </message>
    <message>
        <source>Computing {period}…</source>
        <translation>正在计算 {period}…</translation>
    </message>
    <message>
        <source>The ranking could not be computed: {error}</source>
        <translation>无法计算排名：{error}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Computing the ranking</source>
        <translation>正在计算排名</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{period}, {area}, {level}</source>
        <translation>{period}，{area}，{level}</translation>
    </message>
    <message>
        <source>Frozen: the run of {period} is stored with its rule set and input digest.</source>
        <translation>已冻结：{period} 的考核结果已连同考核规则和数据摘要保存。</translation>
    </message>
    <message>
        <source>Freezing the run</source>
        <translation>正在冻结考核结果</translation>
    </message>
    <message>
        <source>You may freeze the runs of your own area only: pick it under Area, compute, then freeze.</source>
        <translation>只能冻结本辖区的考核结果：请在“区域”中选择本辖区，计算后再冻结。</translation>
    </message>
    <message>
        <source>Working out the scorecard of {name}…</source>
        <translation>正在计算{name}的考核得分…</translation>
    </message>
    <message>
        <source>Working out a scorecard</source>
        <translation>正在计算考核得分</translation>
    </message>
    <message>
        <source>{name} has no scorecard for this period any more: press Compute (F5).</source>
        <translation>{name}在本考核期已无考核得分：请按“计算”（F5）。</translation>
    </message>
    <message>
        <source>My assessment</source>
        <translation>我的考核</translation>
    </message>
    <message>
        <source>{n} chiefs; {grades}; rule set {name} {version} ({digest})</source>
        <translation>共 {n} 名河长；{grades}；规则集 {name} {version}（{digest}）</translation>
    </message>
</context>
<context>
    <name>BonusDialog</name>
    <message>
        <source>Bonus points</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>Bonus points for {name} ({code}) in {period}; the rule set caps the bonus a chief can get in a period.</source>
        <translation>为 {name}（{code}）记 {period} 加分；每期加分不超过考核规则规定的上限。</translation>
    </message>
    <message>
        <source>Counted so far: {points} of at most {cap} points.</source>
        <translation>本期已计加分 {points} 分，上限 {cap} 分。</translation>
    </message>
    <message>
        <source>Required: what the bonus is for, e.g. 省级河湖长制工作表彰 (2026-05)</source>
        <translation>必填：加分理由，例如 省级河湖长制工作表彰（2026-05）</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>Total before</source>
        <translation>原得分</translation>
    </message>
    <message>
        <source>Total after</source>
        <translation>新得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>What changed and why</source>
        <translation>变化及原因</translation>
    </message>
</context>
<context>
    <name>ChiefCharts</name>
    <message>
        <source>Open this tab to draw the chief&apos;s charts.</source>
        <translation>打开此页即绘制该河长的图表。</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Drawing the chief&apos;s charts</source>
        <translation>正在绘制河长图表</translation>
    </message>
    <message>
        <source>Months of the year up to the end of the period; a week counts in the month of its Thursday.</source>
        <translation>显示当年 1 月至考核期末各月；每周计入其星期四所在的月份。</translation>
    </message>
</context>
<context>
    <name>ChiefViewPanel</name>
    <message>
        <source>What still costs points</source>
        <translation>仍会扣分的事项</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Computing your scorecard…</source>
        <translation>正在计算您的考核得分…</translation>
    </message>
    <message>
        <source>Computing your scorecard</source>
        <translation>正在计算您的考核得分</translation>
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
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Problem {code}: deadline {deadline} ({days} day(s) overdue)</source>
        <translation>问题 {code}：整改期限 {deadline}（已逾期 {days} 天）</translation>
    </message>
    <message>
        <source>Problem {code}: deadline {deadline} ({days} day(s) left)</source>
        <translation>问题 {code}：整改期限 {deadline}（剩 {days} 天）</translation>
    </message>
    <message>
        <source>{labels} and {n} more</source>
        <translation>{labels} 等（另有 {n} 个）</translation>
    </message>
    <message>
        <source>Patrols still due ({n})</source>
        <translation>尚需巡河（{n}）</translation>
    </message>
    <message>
        <source>Patrols still due ({n}): {points} points for each one missed</source>
        <translation>尚需巡河（{n}）：每缺一次扣 {points} 分</translation>
    </message>
    <message>
        <source>{days} day(s) left</source>
        <translation>剩 {days} 天</translation>
    </message>
    <message>
        <source>{days} day(s) left; deducted until patrolled</source>
        <translation>剩 {days} 天；巡河前暂按缺巡扣分</translation>
    </message>
    <message>
        <source>Missed, already deducted ({n})</source>
        <translation>已缺巡，已扣分（{n}）</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>缺巡</translation>
    </message>
    <message>
        <source>Problems nearing their deadline ({n})</source>
        <translation>临近整改期限的问题（{n}）</translation>
    </message>
    <message>
        <source>{days} day(s) overdue</source>
        <translation>已逾期 {days} 天</translation>
    </message>
    <message>
        <source>Problem {code}</source>
        <translation>问题 {code}</translation>
    </message>
    <message>
        <source>Nothing is due: well done.</source>
        <translation>暂无待办事项，继续保持。</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Back to the runs</source>
        <translation>返回考核结果列表</translation>
    </message>
    <message>
        <source>From the run of {a_at} ({a_period}) to the run of {b_at} ({b_period})</source>
        <translation>从 {a_at}（{a_period}）的结果到 {b_at}（{b_period}）的结果</translation>
    </message>
    <message>
        <source>Same rule set, same period and same input records.</source>
        <translation>考核规则、考核期和输入记录均相同。</translation>
    </message>
    <message>
        <source>{n} chief(s) changed.</source>
        <translation>{n} 名河长的结果有变化。</translation>
    </message>
    <message>
        <source> {n} of them change grade, listed first.</source>
        <translation>其中 {n} 名等级有变化，排在前面。</translation>
    </message>
</context>
<context>
    <name>ConsequencesModel</name>
    <message>
        <source>Consequence</source>
        <translation>奖惩</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Carried out on</source>
        <translation>落实日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>落实人</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已落实</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待落实</translation>
    </message>
    <message>
        <source>{state}; adjusted since to {total} {grade}: check</source>
        <translation>{state}；此后经人工调整为 {total} {grade}，请核实</translation>
    </message>
</context>
<context>
    <name>ConsequencesView</name>
    <message>
        <source>All consequences</source>
        <translation>全部奖惩</translation>
    </message>
    <message>
        <source>Record what was done…</source>
        <translation>登记落实情况…</translation>
    </message>
    <message>
        <source>Select several rows (Shift or Ctrl) to record what was done for them together</source>
        <translation>按住 Shift 或 Ctrl 选择多行，可一并登记落实情况</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>上一考核期</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{kind} {total} ({done} done)</source>
        <translation>{kind} {total}（已落实 {done}）</translation>
    </message>
    <message>
        <source>{period} has no frozen run of this area and level.</source>
        <translation>{period} 没有本区域、本级别的冻结考核结果。</translation>
    </message>
    <message>
        <source>{period}: {n} consequence(s), {done} recorded as done.</source>
        <translation>{period}：奖惩 {n} 项，已登记落实 {done} 项。</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Compute the ranking to see the period&apos;s figures.</source>
        <translation>计算排名后即可查看本考核期的各项指标。</translation>
    </message>
    <message>
        <source>Chiefs assessed</source>
        <translation>参评河长</translation>
    </message>
    <message>
        <source>Patrol compliance rate</source>
        <translation>巡河履职率</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Problems closed</source>
        <translation>问题销号</translation>
    </message>
    <message>
        <source>Problems overdue at the period&apos;s end</source>
        <translation>期末逾期未整改问题</translation>
    </message>
    <message>
        <source>Section-months meeting the target</source>
        <translation>断面月度达标率</translation>
    </message>
    <message>
        <source>Section-months worse than class V (劣V)</source>
        <translation>断面月度劣V类比例</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>群众投诉</translation>
    </message>
    <message>
        <source>with an assignment in the period</source>
        <translation>本期有河段任命</translation>
    </message>
    <message>
        <source>{counted} of {required} required patrols counted</source>
        <translation>应巡 {required} 次，计入 {counted} 次</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>本考核期内</translation>
    </message>
    <message>
        <source>closed in the period ({share} of those found)</source>
        <translation>本期销号（占发现问题的 {share}）</translation>
    </message>
    <message>
        <source>past the deadline, not fixed</source>
        <translation>已过整改期限仍未整改</translation>
    </message>
    <message>
        <source>{n} of {total} section-months</source>
        <translation>{total} 个断面月中 {n} 个</translation>
    </message>
    <message>
        <source>the app keeps no complaints yet</source>
        <translation>本系统尚未登记投诉</translation>
    </message>
    <message>
        <source>previous period {previous} ({arrow} {diff:+d})</source>
        <translation>上期 {previous}（{arrow} {diff:+d}）</translation>
    </message>
    <message>
        <source>Grades:</source>
        <translation>考核等次：</translation>
    </message>
    <message>
        <source>{grade}: {n} ({share})</source>
        <translation>{grade}：{n} ({share})</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record what was done</source>
        <translation>登记落实情况</translation>
    </message>
    <message>
        <source>{kind} for {name} ({code}): {reason}</source>
        <translation>{name}（{code}）{kind}：{reason}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation>{names} 及另外 {n} 人</translation>
    </message>
    <message>
        <source>Carried out together for {n} chiefs: {names}</source>
        <translation>一并登记 {n} 名河长的落实情况：{names}</translation>
    </message>
    <message>
        <source>who carried it out, e.g. 区河长办 王主任</source>
        <translation>落实人，例如 区河长办 王主任</translation>
    </message>
    <message>
        <source>what was done, e.g. 约谈记录 2026-07-08, 整改承诺书已签</source>
        <translation>落实情况，例如 约谈记录 2026-07-08，整改承诺书已签</translation>
    </message>
    <message>
        <source>Carried out on</source>
        <translation>落实日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>落实人</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>落实情况</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze the run</source>
        <translation>冻结考核结果</translation>
    </message>
    <message>
        <source>Store the ranking of {period} ({area}, {level}, {n} chiefs) as a frozen run? It keeps the rule set {name} {version} ({digest}), the digest of every input record and each chief&apos;s scorecard, and lists who is praised, talked to or criticised. A frozen run never changes; corrections are adjustments with a reason.</source>
        <translation>将 {period}（{area}，{level}，{n} 名河长）的排名冻结保存吗？冻结结果保存考核规则 {name} {version}（{digest}）、全部输入记录的摘要和每位河长的考核得分表，并列出通报表扬、约谈和通报批评的对象。冻结结果不再改变；如需更正，请填写理由进行人工调整。</translation>
    </message>
    <message>
        <source>{period} already has a run of this area and level, frozen {at} by {by}{note}.</source>
        <translation>{period} 已有本区域、本级别的冻结结果：{at} 由 {by} 冻结{note}。</translation>
    </message>
    <message>
        <source> ({note})</source>
        <translation>（{note}）</translation>
    </message>
    <message>
        <source> The quarterly report and the ranking spreadsheet print the latest run: this one, once frozen.</source>
        <translation>季度考核通报和排名表采用最近冻结的结果，即冻结后的本次结果。</translation>
    </message>
    <message>
        <source>Note (optional), e.g. 第二季度考核定稿</source>
        <translation>备注（可选），例如 第二季度考核定稿</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>冻结</translation>
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
    <name>RecordDialog</name>
    <message>
        <source>Class by month in the period:</source>
        <translation>本期各月水质类别：</translation>
    </message>
    <message>
        <source>Samples of this section in the period:</source>
        <translation>本考核期该断面的采样：</translation>
    </message>
    <message>
        <source>Open the patrol…</source>
        <translation>打开巡河记录…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>River chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>巡河方式</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>天气</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Duration of the track</source>
        <translation>轨迹时长</translation>
    </message>
    <message>
        <source>Segment covered</source>
        <translation>河段覆盖率</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>核验结论</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>核验理由</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>巡河情况</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>现场处置</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
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
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>验收人</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Re-inspection</source>
        <translation>回头看日期</translation>
    </message>
    <message>
        <source>Received via</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任主体</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>整治方式</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>整治阶段</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Water type</source>
        <translation>水体类型</translation>
    </message>
    <message>
        <source>Target class</source>
        <translation>水质目标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Period, grades and bonus</source>
        <translation>考核期、等次与加分</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Assessment period</source>
        <translation>考核周期</translation>
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
        <source>counts in the score</source>
        <translation>计入考核</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Praise and accountability</source>
        <translation>表扬与问责</translation>
    </message>
    <message>
        <source>Public praise for</source>
        <translation>通报表扬</translation>
    </message>
    <message>
        <source>Admonitory talk for</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>Admonitory talk when running for</source>
        <translation>连续以下等次时约谈</translation>
    </message>
    <message>
        <source>Periods running</source>
        <translation>连续期数</translation>
    </message>
    <message>
        <source>Public criticism for an overdue supervision finding</source>
        <translation>督查发现问题逾期未整改的通报批评</translation>
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
        <source>Score the ranking with these rules until the app is closed; the rules in force do not change.</source>
        <translation>在关闭程序前用这些规则计算排名；现行考核规则不变。</translation>
    </message>
    <message>
        <source>Save and put in force…</source>
        <translation>保存并启用…</translation>
    </message>
    <message>
        <source>Save the rule set as a file and make it the rules in force (administrators).</source>
        <translation>将规则保存为文件并设为现行考核规则（管理员）。</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
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
        <source>Rule set {name}, version {version} ({source})</source>
        <translation>考核规则 {name}，版本 {version}（{source}）</translation>
    </message>
    <message>
        <source>The rule set is valid (hash {digest}).</source>
        <translation>考核规则有效（哈希 {digest}）。</translation>
    </message>
    <message>
        <source>Scoring {period} with both rule sets…</source>
        <translation>正在用新旧两套规则计算 {period}…</translation>
    </message>
    <message>
        <source>Previewing the rule set</source>
        <translation>正在预览考核规则</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Changed: {changes}</source>
        <translation>改动：{changes}</translation>
    </message>
    <message>
        <source>{name} ({code}): {before} {grade_before} → {after} {grade_after}</source>
        <translation>{name}（{code}）：{before} {grade_before} → {after} {grade_after}</translation>
    </message>
    <message>
        <source>… and {n} more (freeze a run of each rule set and compare them to see all)</source>
        <translation>…… 另有 {n} 名（用两套规则分别冻结结果后比较，可看全部）</translation>
    </message>
    <message>
        <source>Imported {path}: check the preview, then use it.</source>
        <translation>已导入 {path}：请先预览，再使用。</translation>
    </message>
    <message>
        <source>Save the rule set</source>
        <translation>保存考核规则</translation>
    </message>
    <message>
        <source>{path} is now the rule set in force.</source>
        <translation>{path} 已成为现行考核规则。</translation>
    </message>
    <message>
        <source>Grades in {period}: {changes}</source>
        <translation>{period} 各等次人数：{changes}</translation>
    </message>
    <message>
        <source>Per missed patrol</source>
        <translation>每缺巡一次</translation>
    </message>
    <message>
        <source>Per patrol judged invalid</source>
        <translation>每次无效巡河</translation>
    </message>
    <message>
        <source>Per record without text or photo</source>
        <translation>每条无文字或照片的记录</translation>
    </message>
    <message>
        <source>At most, for records without text or photo</source>
        <translation>无文字或照片记录最多扣</translation>
    </message>
    <message>
        <source>Per problem found by others</source>
        <translation>每个由他人发现的问题</translation>
    </message>
    <message>
        <source>Per problem reported late</source>
        <translation>每个迟报的问题</translation>
    </message>
    <message>
        <source>Report within (days)</source>
        <translation>上报时限（天）</translation>
    </message>
    <message>
        <source>Per overdue problem</source>
        <translation>每个逾期问题</translation>
    </message>
    <message>
        <source>Plus, per day overdue</source>
        <translation>另每逾期一天</translation>
    </message>
    <message>
        <source>At most, per problem</source>
        <translation>每个问题最多扣</translation>
    </message>
    <message>
        <source>Points for attaining the target</source>
        <translation>水质达标分</translation>
    </message>
    <message>
        <source>Points for not getting worse than last year</source>
        <translation>水质不劣于去年同期分</translation>
    </message>
    <message>
        <source>Per substantiated complaint</source>
        <translation>每件属实投诉</translation>
    </message>
    <message>
        <source>At most, for complaints</source>
        <translation>投诉最多扣</translation>
    </message>
    <message>
        <source>Per supervision finding unfixed at a month&apos;s end</source>
        <translation>每个月末未整改的督查问题</translation>
    </message>
    <message>
        <source>Times this, if still unfixed the next month</source>
        <translation>次月仍未整改时的倍数</translation>
    </message>
    <message>
        <source>At most, per finding in a period</source>
        <translation>每个督查问题每期最多扣</translation>
    </message>
    <message>
        <source>Per outfall past its deadline</source>
        <translation>每个逾期未整治的排污口</translation>
    </message>
    <message>
        <source>{n} of {total} chiefs change grade.</source>
        <translation>{total} 名河长中有 {n} 名等级变化。</translation>
    </message>
    <message>
        <source>Export the rule set</source>
        <translation>导出规则集</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>已导出到 {path}。</translation>
    </message>
    <message>
        <source>Import a rule set</source>
        <translation>导入规则集</translation>
    </message>
</context>
<context>
    <name>RunDetail</name>
    <message>
        <source>Back to the runs</source>
        <translation>返回考核结果列表</translation>
    </message>
    <message>
        <source>Adjust by hand…</source>
        <translation>人工调整…</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>考核得分表</translation>
    </message>
    <message>
        <source>Scores and ranks</source>
        <translation>得分与排名</translation>
    </message>
    <message>
        <source>Praise and accountability</source>
        <translation>表扬与问责</translation>
    </message>
    <message>
        <source>Opening the run…</source>
        <translation>正在打开考核结果…</translation>
    </message>
    <message>
        <source>Opening the run</source>
        <translation>正在打开考核结果</translation>
    </message>
    <message>
        <source>Run of {period}, {area}, {level}: {chiefs} chiefs. Rule set {name} {version}, hash {rules}. Input digest {digest} ({count} records). Frozen {at} by {by}.</source>
        <translation>{period}，{area}，{level}：{chiefs} 名河长。考核规则 {name} {version}，哈希 {rules}。数据摘要 {digest}（{count} 条记录）。由 {by} 于 {at} 冻结。</translation>
    </message>
    <message>
        <source>A later run of {period} for this area and level was frozen {at} by {by}{note}: the reports print that one, and its praise and accountability are the ones to carry out.</source>
        <translation>{period} 本区域、本级别已有更晚的冻结结果（{at} 由 {by} 冻结{note}）：报表采用该结果，应落实的表扬与问责也以该结果为准。</translation>
    </message>
    <message>
        <source> ({note})</source>
        <translation>，{note}</translation>
    </message>
</context>
<context>
    <name>RunRowsModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Frozen total</source>
        <translation>冻结得分</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Rank in level</source>
        <translation>同级排名</translation>
    </message>
    <message>
        <source>Adjusted by hand:</source>
        <translation>人工调整：</translation>
    </message>
    <message>
        <source>{points} by {by} on {at}: {reason}</source>
        <translation>{points}，{by} 于 {at}：{reason}</translation>
    </message>
</context>
<context>
    <name>RunsView</name>
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
        <source>Rule set</source>
        <translation>考核规则</translation>
    </message>
    <message>
        <source>Rule-set hash</source>
        <translation>规则哈希</translation>
    </message>
    <message>
        <source>Input digest</source>
        <translation>数据摘要</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Chiefs</source>
        <translation>河长数</translation>
    </message>
    <message>
        <source>Frozen at</source>
        <translation>冻结时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>冻结人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Compare the two selected</source>
        <translation>比较所选两次结果</translation>
    </message>
    <message>
        <source>Re-check against today&apos;s data</source>
        <translation>按当前数据复核</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Take a trial run, or one frozen by mistake, out of use, with a reason</source>
        <translation>撤销试算或误冻结的考核结果，须填写理由</translation>
    </message>
    <message>
        <source>Show withdrawn runs</source>
        <translation>显示已撤销的结果</translation>
    </message>
    <message>
        <source>No run is frozen yet: compute the ranking and press Freeze.</source>
        <translation>尚无冻结的考核结果：请先计算排名，再点“冻结结果”。</translation>
    </message>
    <message>
        <source>Withdrawn {at} by {by}: {reason}</source>
        <translation>已于 {at} 由 {by} 撤销：{reason}</translation>
    </message>
    <message>
        <source>The run of {period} frozen {at} is withdrawn.</source>
        <translation>{period} 于 {at} 冻结的考核结果已撤销。</translation>
    </message>
    <message>
        <source>(frozen {at}, rule set {digest})</source>
        <translation>（{at} 冻结，考核规则 {digest}）</translation>
    </message>
    <message>
        <source>adjusted total {total}</source>
        <translation>调整后得分 {total}</translation>
    </message>
    <message>
        <source>Comparing two runs</source>
        <translation>正在比较两次考核结果</translation>
    </message>
    <message>
        <source>Re-checking…</source>
        <translation>正在复核…</translation>
    </message>
    <message>
        <source>the input records are unchanged</source>
        <translation>输入记录未变</translation>
    </message>
    <message>
        <source>the input records have changed since</source>
        <translation>此后输入记录已有变化</translation>
    </message>
    <message>
        <source>computing it again gives identical results</source>
        <translation>重新计算结果完全一致</translation>
    </message>
    <message>
        <source>computing it again gives different results</source>
        <translation>重新计算结果不一致</translation>
    </message>
    <message>
        <source>Run of {period} frozen {at}: {inputs}; {results}.</source>
        <translation>{at} 冻结的 {period} 考核结果：{inputs}；{results}。</translation>
    </message>
    <message>
        <source>Re-checking a run</source>
        <translation>正在复核考核结果</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
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
        <source>Double-click a record to open it.</source>
        <translation>双击记录即可打开。</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>考核得分表</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Bonus points…</source>
        <translation>加分…</translation>
    </message>
    <message>
        <source>Grant the chief bonus points for the period, with the reason</source>
        <translation>为该河长记本期加分并注明理由</translation>
    </message>
    <message>
        <source>{name} ({code}), {area}: {total} points, {grade}</source>
        <translation>{name}（{code}），{area}：{total} 分，{grade}</translation>
    </message>
    <message>
        <source>Manual adjustment {points} by {by} on {at}: {reason}</source>
        <translation>人工调整 {points}（{by}，{at}）：{reason}</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>{unit} {label}: {start} to {end}.</source>
        <translation>{unit} {label}：{start} 至 {end}。</translation>
    </message>
    <message>
        <source>No patrol of {name} started in these days.</source>
        <translation>{name}在这几天没有巡河记录。</translation>
    </message>
    <message>
        <source>Patrols of {name} in these days (double-click one to open it):</source>
        <translation>{name}在这几天的巡河记录（双击打开）：</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw a run</source>
        <translation>撤销考核结果</translation>
    </message>
    <message>
        <source>Withdraw the run of {period} ({area}, {level}) frozen {at} by {by}? Reports and follow-ups then use the latest run of the period still in use. The run, its results and who withdrew it and why stay in the audit log.</source>
        <translation>撤销 {by} 于 {at} 冻结的 {period}（{area}，{level}）考核结果？此后报告与处理落实将采用该考核期仍有效的最近一次结果。该结果及其撤销人、撤销理由仍保留在审计日志中。</translation>
    </message>
    <message>
        <source>Required: why, e.g. a trial run before the records of the last week were merged</source>
        <translation>必填：撤销理由，例如：最后一周的记录合并前的试算</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
</context>
</TS>
