<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>PatrolsCli</name>
    <message>
        <source>&apos;{text}&apos; is not a date and time (write 2026-07-01T08:00)</source>
        <translation>“{text}”不是日期时间（请写成 2026-07-01T08:00）</translation>
    </message>
    <message>
        <source>No chief with code {code}.</source>
        <translation>没有编码为 {code} 的河长。</translation>
    </message>
    <message>
        <source>No segment with code {code}.</source>
        <translation>没有编码为 {code} 的河段。</translation>
    </message>
    <message>
        <source>Give --start and --end (the track has no times).</source>
        <translation>请给出 --start 和 --end（轨迹没有时间）。</translation>
    </message>
    <message>
        <source>Give --start and --end, or a --track with times.</source>
        <translation>请给出 --start 和 --end，或带时间的 --track 轨迹。</translation>
    </message>
    <message>
        <source>Unknown problem category &apos;{category}&apos;.</source>
        <translation>未知的问题类别“{category}”。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not LON,LAT (write e.g. 113.61,34.70).</source>
        <translation>“{text}”不是“经度,纬度”（例如 113.61,34.70）。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time HH:MM or a place LON,LAT.</source>
        <translation>“{text}”既不是时间 HH:MM，也不是位置“经度,纬度”。</translation>
    </message>
    <message>
        <source>No patrol with id {id}.</source>
        <translation>没有编号为 {id} 的巡河记录。</translation>
    </message>
    <message>
        <source>{n} patrols not yet judged here with {rules}</source>
        <translation>有 {n} 条巡河记录尚未在本机按 {rules} 核验</translation>
    </message>
    <message>
        <source>{n} patrols judged with {rules}: {changed} changed</source>
        <translation>已按 {rules} 核验 {n} 条巡河记录：{changed} 条结果有变化</translation>
    </message>
</context>
</TS>
