<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Notices</name>
    <message>
        <source>The problem has not been assigned to a unit yet.</source>
        <translation>该问题尚未交办给责任单位。</translation>
    </message>
    <message>
        <source>Cannot write the file: {error}</source>
        <translation>无法写入文件：{error}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>问题来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>River chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>问题位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人及电话</translation>
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
        <source>Assigned on</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Problem assignment slip</source>
        <translation>河长制问题交办单</translation>
    </message>
    <message>
        <source>No. {code}</source>
        <translation>编号：{code}</translation>
    </message>
    <message>
        <source>Photos when found</source>
        <translation>问题照片</translation>
    </message>
    <message>
        <source>Sign for this slip on receipt. If the problem is not the unit&apos;s duty, return it within {hours} hours with the reason; otherwise report the rectification with photos before and after by the deadline.</source>
        <translation>请责任单位收到本交办单后及时签收。如不属于本单位职责，请于 {hours} 小时内说明理由退回；否则请在整改时限内完成整改，并报送整改前后照片等整改材料。</translation>
    </message>
    <message>
        <source>Issued by (stamp):</source>
        <translation>交办单位（盖章）：</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Date: {day}</source>
        <translation>日期：{day}</translation>
    </message>
    <message>
        <source>Received by (stamp):</source>
        <translation>签收单位（盖章）：</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签收人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>签收日期：</translation>
    </message>
    <message>
        <source>Through {source}, the following problem was found at {place}: {description}. Under the rules of the river chief system, your unit is required to complete the rectification by {deadline} as required below, and to report it with photos before and after and the related documents to {office}. A problem not rectified in time will be reported and counted in the assessment.</source>
        <translation>经{source}，发现{place}存在以下问题：{description}。根据河长制工作有关规定，请你单位按以下要求于{deadline}前完成整改，并将整改情况（附整改前后照片及相关材料）报送{office}。逾期未完成整改的，将予以通报并纳入考核。</translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation>河长制问题整改通知书</translation>
    </message>
    <message>
        <source>[{year}] No. {code}</source>
        <translation>〔{year}〕第 {code} 号</translation>
    </message>
    <message>
        <source>{unit}:</source>
        <translation>{unit}：</translation>
    </message>
    <message>
        <source>Requirement: {text}</source>
        <translation>整改要求：{text}</translation>
    </message>
    <message>
        <source>Category: {category}; urgency: {urgency}; state: {state}.</source>
        <translation>问题类别：{category}；紧急程度：{urgency}；当前状态：{state}。</translation>
    </message>
    <message>
        <source> (stamp)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>Receipt (tear off and return)</source>
        <translation>回&#x3000;执</translation>
    </message>
    <message>
        <source>We received the rectification notice No. {code} on ____ (date) and will rectify the problem by {deadline}.</source>
        <translation>我单位已于____年____月____日收到第 {code} 号整改通知书，将于{deadline}前完成整改。</translation>
    </message>
    <message>
        <source>Unit (stamp): {unit}    Signature: ________</source>
        <translation>单位（盖章）：{unit}&#x3000;&#x3000;签收人：________</translation>
    </message>
</context>
</TS>
