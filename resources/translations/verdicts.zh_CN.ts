<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Verdicts</name>
    <message>
        <source>The rule set has no {what} '{value}'.</source>
        <translation>规则集中没有{what}“{value}”。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>method of patrol</source>
        <translation>巡河方式</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>The patrol lasted {duration_min} min; at least {minimum_min} min are required.</source>
        <translation>巡河时长 {duration_min} 分钟；至少需要 {minimum_min} 分钟。</translation>
    </message>
    <message>
        <source>The patrol covered {distance_m} m; at least {minimum_m} m are required.</source>
        <translation>巡河里程 {distance_m} 米；至少需要 {minimum_m} 米。</translation>
    </message>
    <message>
        <source>The track jumps {count} time(s): the largest jump is {max_distance_m} m at an implied {max_speed_kmh} km/h (more than {limit_kmh} km/h is impossible).</source>
        <translation>轨迹有 {count} 处跳点：最大一处跳了 {max_distance_m} 米，折合时速 {max_speed_kmh} km/h（超过 {limit_kmh} km/h 不可能）。</translation>
    </message>
    <message>
        <source>{count} of {timed_points} track points repeat or go back in time ({share}%); the track was edited or stitched together.</source>
        <translation>{timed_points} 个轨迹点中有 {count} 个时间重复或倒退（{share}%）；轨迹经过编辑或拼接。</translation>
    </message>
    <message>
        <source>The track was recorded {gap_min} min away from the claimed patrol times; it does not overlap them at all.</source>
        <translation>轨迹记录时间与填报的巡河时间相差 {gap_min} 分钟，完全不重叠。</translation>
    </message>
    <message>
        <source>The track runs {outside_min} min outside the claimed patrol times.</source>
        <translation>轨迹有 {outside_min} 分钟在填报的巡河时间之外。</translation>
    </message>
    <message>
        <source>The track covers {coverage_pct}% of the assigned segment (within {buffer_m} m); under {minimum_pct}% is not a patrol of it.</source>
        <translation>轨迹只覆盖责任河段的 {coverage_pct}%（{buffer_m} 米范围内）；低于 {minimum_pct}% 不算巡查了该河段。</translation>
    </message>
    <message>
        <source>The track covers only {coverage_pct}% of the assigned segment (within {buffer_m} m); {threshold_pct}% or more is expected.</source>
        <translation>轨迹仅覆盖责任河段的 {coverage_pct}%（{buffer_m} 米范围内）；应达到 {threshold_pct}% 以上。</translation>
    </message>
    <message>
        <source>The assigned segment has no line drawn yet, so coverage was not checked.</source>
        <translation>责任河段尚未绘制走向线，未核验覆盖率。</translation>
    </message>
    <message>
        <source>An average speed of {speed_kmh} km/h is implausible {method_name} (at most {limit_kmh} km/h).</source>
        <translation>{method_name}平均速度 {speed_kmh} km/h 不合理（最高 {limit_kmh} km/h）。</translation>
    </message>
    <message>
        <source>The track is the same as that of the patrol of {chief} ({chief_code}) on {date}, entered earlier: one walk cannot stand for two patrols.</source>
        <translation>轨迹与{chief}（{chief_code}）{date}的巡河记录（更早录入）完全相同：一次巡河的轨迹不能充当两次巡河。</translation>
    </message>
    <message>
        <source>Photo {photo} is the same file as a photo of the patrol of {chief} ({chief_code}) on {date}, entered earlier.</source>
        <translation>第 {photo} 张照片与{chief}（{chief_code}）{date}的巡河记录（更早录入）的照片是同一文件。</translation>
    </message>
    <message>
        <source>Photo {photo} is the same file as a photo of another patrol.</source>
        <translation>第 {photo} 张照片与另一次巡河的照片是同一文件。</translation>
    </message>
    <message>
        <source>Photo {photo} records no time or place (sent through WeChat or edited?).</source>
        <translation>第 {photo} 张照片没有记录时间和地点（经微信发送或经过编辑？）。</translation>
    </message>
    <message>
        <source>Photo {photo} was taken {minutes_outside} min outside the patrol times.</source>
        <translation>第 {photo} 张照片的拍摄时间在巡河时间之外 {minutes_outside} 分钟。</translation>
    </message>
    <message>
        <source>Photo {photo} was taken {distance_m} m from the track (more than {limit_m} m).</source>
        <translation>第 {photo} 张照片的拍摄地点距轨迹 {distance_m} 米（超过 {limit_m} 米）。</translation>
    </message>
    <message>
        <source>No track was recorded, so the patrol cannot be checked against the segment.</source>
        <translation>没有轨迹，无法对照河段核验本次巡河。</translation>
    </message>
    <message>
        <source>The track has no times, so when it was walked cannot be checked.</source>
        <translation>轨迹没有时间，无法核验巡河时间。</translation>
    </message>
    <message>
        <source>The record was entered {days} days after the patrol (filled in afterwards; more than {limit_days} days).</source>
        <translation>记录在巡河结束 {days} 天后才录入（补填；超过 {limit_days} 天）。</translation>
    </message>
</context>
</TS>