<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Tracks</name>
    <message>
        <source>WGS84 (GPS devices, international apps)</source>
        <translation>WGS84（GPS 设备、国际应用）</translation>
    </message>
    <message>
        <source>GCJ-02 (Amap/Gaode, WeChat, most Chinese apps)</source>
        <translation>GCJ-02（高德、微信及多数国内应用）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu Maps)</source>
        <translation>BD-09（百度地图）</translation>
    </message>
    <message>
        <source>Unknown coordinate system &apos;{code}&apos;: choose wgs84, gcj02 or bd09.</source>
        <translation>未知的坐标系“{code}”：请选择 wgs84、gcj02 或 bd09。</translation>
    </message>
    <message>
        <source>Not a track file: expected GPX, KML, KMZ or CSV.</source>
        <translation>不是轨迹文件：应为 GPX、KML、KMZ 或 CSV。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>This is a folder, not a track file.</source>
        <translation>这是文件夹，不是轨迹文件。</translation>
    </message>
    <message>
        <source>The file is {size} MB; track files over {limit} MB are refused (a day&apos;s patrol is a few MB). Check that this is the right file.</source>
        <translation>文件大小为 {size} MB；超过 {limit} MB 的轨迹文件不予接收（一天的巡河轨迹只有几 MB）。请确认文件是否选对。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file has no track points (only waypoints, routes or empty tracks).</source>
        <translation>文件中没有轨迹点（只有航点、路线或空轨迹）。</translation>
    </message>
    <message>
        <source>{n} empty track(s) in the file were skipped.</source>
        <translation>已跳过文件中的 {n} 条空轨迹。</translation>
    </message>
    <message>
        <source>No point has a time: duration and speed cannot be checked.</source>
        <translation>所有点都没有时间：无法核验时长和速度。</translation>
    </message>
    <message>
        <source>{n} of {total} points have no time.</source>
        <translation>{total} 个点中有 {n} 个没有时间。</translation>
    </message>
    <message>
        <source>The file was made by {creator}, which records {crs}; it was converted from that system. Choose another coordinate system if this is wrong.</source>
        <translation>该文件由 {creator} 生成，其坐标系为 {crs}，已按此坐标系转换。如有误，请选择其他坐标系。</translation>
    </message>
    <message>
        <source>{file}, point {point}</source>
        <translation>{file}，第 {point} 个点</translation>
    </message>
    <message>
        <source>{file}, track {track}, segment {segment}, point {point}</source>
        <translation>{file}，第 {track} 条轨迹，第 {segment} 段，第 {point} 个点</translation>
    </message>
    <message>
        <source>Coordinates out of range or not a number (longitude {lon}, latitude {lat}): longitude must lie within ±180 and latitude within ±90.</source>
        <translation>坐标超出范围或不是数字（经度 {lon}，纬度 {lat}）：经度须在 ±180 以内，纬度须在 ±90 以内。</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding cannot be read.</source>
        <translation>无法识别文件的文本编码。</translation>
    </message>
    <message>
        <source>The file is not well-formed XML ({error}).</source>
        <translation>文件不是格式正确的 XML（{error}）。</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}</source>
        <translation>{file}，第 {line} 行，第 {column} 列</translation>
    </message>
    <message>
        <source>The GPX file cannot be read: {error}</source>
        <translation>无法读取 GPX 文件：{error}</translation>
    </message>
    <message>
        <source>{n} times have no time zone; they were read as UTC, as GPX requires.</source>
        <translation>有 {n} 个时间没有时区；已按 GPX 标准视为 UTC。</translation>
    </message>
    <message>
        <source>This KMZ file is not a zip archive; it may be damaged or renamed.</source>
        <translation>此 KMZ 文件不是 zip 压缩包，可能已损坏或被改名。</translation>
    </message>
    <message>
        <source>The KMZ archive contains no KML file.</source>
        <translation>KMZ 压缩包中没有 KML 文件。</translation>
    </message>
    <message>
        <source>The KML inside the KMZ unpacks to {size} MB; over {limit} MB is refused.</source>
        <translation>KMZ 中的 KML 解压后为 {size} MB；超过 {limit} MB 不予接收。</translation>
    </message>
    <message>
        <source>The KMZ archive is damaged: {error}</source>
        <translation>KMZ 压缩包已损坏：{error}</translation>
    </message>
    <message>
        <source>The KML inside the KMZ is larger than {limit} MB; it is refused.</source>
        <translation>KMZ 中的 KML 大于 {limit} MB，不予接收。</translation>
    </message>
    <message>
        <source>This is XML but not a KML file (no &lt;kml&gt; element).</source>
        <translation>这是 XML，但不是 KML 文件（没有 &lt;kml&gt; 元素）。</translation>
    </message>
    <message>
        <source>A coordinate or time cannot be read: &apos;{value}&apos;.</source>
        <translation>无法读取坐标或时间：“{value}”。</translation>
    </message>
    <message>
        <source>{file}, placemark {n}</source>
        <translation>{file}，第 {n} 个地标</translation>
    </message>
    <message>
        <source>{n} track(s) have a different number of times and positions; their times were ignored.</source>
        <translation>有 {n} 条轨迹的时间个数与位置个数不一致；已忽略其时间。</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file.</source>
        <translation>这不是文本（CSV）文件。</translation>
    </message>
    <message>
        <source>The CSV file cannot be read: {error}</source>
        <translation>无法读取 CSV 文件：{error}</translation>
    </message>
    <message>
        <source>The CSV file needs a header row with latitude and longitude columns (lat, lon, and optionally time); found: {columns}.</source>
        <translation>CSV 文件需要包含纬度和经度列的表头（lat、lon，可选 time）；实际为：{columns}。</translation>
    </message>
    <message>
        <source>{file}, row 1</source>
        <translation>{file}，第 1 行</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}</source>
        <translation>{file}，第 {row} 行，{column} 列</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time; write it like 2026-07-01 08:30:00 or 2026-07-01T08:30:00+08:00.</source>
        <translation>“{value}”不是时间；请写成 2026-07-01 08:30:00 或 2026-07-01T08:30:00+08:00 的形式。</translation>
    </message>
    <message>
        <source>No segment with code {code}.</source>
        <translation>没有编码为 {code} 的河段。</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The rule set has no patrol rules for the level &apos;{level}&apos;; it knows: {levels}.</source>
        <translation>规则集中没有“{level}”级别的巡河规则；已有级别：{levels}。</translation>
    </message>
    <message>
        <source>{n} times have no time zone; they were read in {zone}.</source>
        <translation>有 {n} 个时间没有时区；已按 {zone} 读取。</translation>
    </message>
    <message>
        <source>{n} of {total} points repeat or go back in time.</source>
        <translation>{total} 个点中有 {n} 个时间重复或倒退。</translation>
    </message>
    <message>
        <source>{n} jump(s) faster than {limit} km/h; the largest is {distance} m.</source>
        <translation>有 {n} 处跳点，速度超过 {limit} km/h；最大一处为 {distance} 米。</translation>
    </message>
</context>
</TS>
