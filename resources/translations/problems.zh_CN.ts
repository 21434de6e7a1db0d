<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Complaints</name>
    <message>
        <source>hotline</source>
        <translation>热线电话</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>visit in person</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>central supervision</source>
        <translation>中央督察</translation>
    </message>
    <message>
        <source>provincial supervision</source>
        <translation>省级督察</translation>
    </message>
    <message>
        <source>district supervision</source>
        <translation>区级督察</translation>
    </message>
    <message>
        <source>'{value}' is not a date (write it as 2026-07-01).</source>
        <translation>“{value}”不是日期（请写成 2026-07-01）。</translation>
    </message>
    <message>
        <source>Unknown channel '{value}'.</source>
        <translation>未知的受理渠道“{value}”。</translation>
    </message>
    <message>
        <source>received via</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Write what the complaint says.</source>
        <translation>请填写投诉内容。</translation>
    </message>
    <message>
        <source>content</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Give the complainant's name or mark the complaint anonymous.</source>
        <translation>请填写投诉人姓名，或标记为匿名投诉。</translation>
    </message>
    <message>
        <source>complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Choose the area the complaint concerns.</source>
        <translation>请选择投诉涉及的区域。</translation>
    </message>
    <message>
        <source>area</source>
        <translation>所属区域</translation>
    </message>
    <message>
        <source>The complaint was answered on {day}; it cannot have been received later.</source>
        <translation>该投诉已于 {day} 答复，受理日期不能晚于答复日期。</translation>
    </message>
    <message>
        <source>Write the reply.</source>
        <translation>请填写答复内容。</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>The reply cannot be earlier than the complaint.</source>
        <translation>答复日期不能早于投诉日期。</translation>
    </message>
    <message>
        <source>Unknown supervision level '{value}'.</source>
        <translation>未知的督察级别“{value}”。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>督察级别</translation>
    </message>
    <message>
        <source>Name the batch.</source>
        <translation>请填写批次名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>下发日期</translation>
    </message>
    <message>
        <source>required completion date</source>
        <translation>要求完成日期</translation>
    </message>
    <message>
        <source>The completion date is before the issue date.</source>
        <translation>要求完成日期早于下发日期。</translation>
    </message>
    <message>
        <source>Choose the area the batch concerns.</source>
        <translation>请选择批次涉及的区域。</translation>
    </message>
    <message>
        <source>No such record.</source>
        <translation>没有这条记录。</translation>
    </message>
    <message>
        <source>(withheld)</source>
        <translation>（保密）</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export to .xlsx or .csv.</source>
        <translation>请导出为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>Cannot write the file: {error}</source>
        <translation>无法写入文件：{error}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The file does not exist.</source>
        <extracomment>a file given by path, or its bytes and its name</extracomment>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB.</source>
        <translation>文件大于 50 MB。</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
</context>
<context>
    <name>ProblemCategory</name>
    <message>
        <source>odour / black and smelly water</source>
        <translation>异味/黑臭</translation>
    </message>
    <message>
        <source>abnormal colour</source>
        <translation>颜色异常</translation>
    </message>
    <message>
        <source>floating debris</source>
        <translation>漂浮物</translation>
    </message>
    <message>
        <source>oil slick</source>
        <translation>油污</translation>
    </message>
    <message>
        <source>dead animals / dead fish</source>
        <translation>病死动物/死鱼</translation>
    </message>
    <message>
        <source>net-pen farming</source>
        <translation>围网养殖</translation>
    </message>
    <message>
        <source>silting</source>
        <translation>淤积</translation>
    </message>
    <message>
        <source>sunken boat</source>
        <translation>沉船</translation>
    </message>
    <message>
        <source>dumped spoil</source>
        <translation>倾倒弃渣</translation>
    </message>
    <message>
        <source>solid or hazardous waste</source>
        <translation>固废危废</translation>
    </message>
    <message>
        <source>household waste</source>
        <translation>生活垃圾</translation>
    </message>
    <message>
        <source>industrial waste</source>
        <translation>工业垃圾</translation>
    </message>
    <message>
        <source>construction waste</source>
        <translation>建筑垃圾</translation>
    </message>
    <message>
        <source>illegal fishing</source>
        <translation>非法捕捞</translation>
    </message>
    <message>
        <source>illegal sand mining</source>
        <translation>非法采砂</translation>
    </message>
    <message>
        <source>encroachment on the water</source>
        <translation>侵占水域</translation>
    </message>
    <message>
        <source>direct discharge</source>
        <translation>直排</translation>
    </message>
    <message>
        <source>storm drain discharging in dry weather</source>
        <translation>晴天雨水口排污</translation>
    </message>
    <message>
        <source>discharge of odd colour or smell</source>
        <translation>异色异味</translation>
    </message>
    <message>
        <source>new outfall</source>
        <translation>新增排污口</translation>
    </message>
    <message>
        <source>outfall without a label</source>
        <translation>排污口无标识</translation>
    </message>
    <message>
        <source>chief's sign missing</source>
        <translation>公示牌缺失</translation>
    </message>
    <message>
        <source>chief's sign not updated</source>
        <translation>公示牌未更新</translation>
    </message>
    <message>
        <source>chief's sign not to standard</source>
        <translation>公示牌不规范</translation>
    </message>
    <message>
        <source>chief's sign damaged</source>
        <translation>公示牌破损</translation>
    </message>
    <message>
        <source>channel occupied</source>
        <translation>侵占河道</translation>
    </message>
    <message>
        <source>illegal building</source>
        <translation>违章建筑</translation>
    </message>
    <message>
        <source>structure not working properly</source>
        <translation>运行异常</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>water body</source>
        <translation>水体</translation>
    </message>
    <message>
        <source>water surface</source>
        <translation>河面</translation>
    </message>
    <message>
        <source>in the channel</source>
        <translation>河中</translation>
    </message>
    <message>
        <source>river bank</source>
        <translation>河岸</translation>
    </message>
    <message>
        <source>activities on the water</source>
        <translation>涉水活动</translation>
    </message>
    <message>
        <source>outfalls</source>
        <translation>排污口</translation>
    </message>
    <message>
        <source>chief's signs</source>
        <translation>河长公示牌</translation>
    </message>
    <message>
        <source>hydraulic structures</source>
        <translation>水工建筑物</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>No such problem.</source>
        <translation>没有这个问题。</translation>
    </message>
    <message>
        <source>Unknown source '{value}'.</source>
        <translation>未知的问题来源“{value}”。</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Unknown category '{value}'.</source>
        <translation>未知的问题类别“{value}”。</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>请描述问题。</translation>
    </message>
    <message>
        <source>description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>No such segment.</source>
        <translation>没有这个河段。</translation>
    </message>
    <message>
        <source>Give the segment or the area of the problem.</source>
        <translation>请填写问题所在的河段或区域。</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>No such chief.</source>
        <translation>没有这位河长。</translation>
    </message>
    <message>
        <source>A problem found on patrol needs its patrol.</source>
        <translation>巡河发现的问题须关联巡河记录。</translation>
    </message>
    <message>
        <source>patrol</source>
        <translation>巡河记录</translation>
    </message>
    <message>
        <source>Choose the complaint this problem comes from.</source>
        <translation>请选择该问题来源的投诉。</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Choose the supervision batch this problem comes from.</source>
        <translation>请选择该问题来源的督察反馈批次。</translation>
    </message>
    <message>
        <source>supervision batch</source>
        <translation>督察批次</translation>
    </message>
    <message>
        <source>The coordinate is out of range.</source>
        <translation>坐标超出范围。</translation>
    </message>
    <message>
        <source>Choose the responsible unit.</source>
        <translation>请选择责任单位。</translation>
    </message>
    <message>
        <source>responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>{unit} is a unit outside your area: assign the problem to a unit of your area.</source>
        <translation>{unit}不是本辖区的单位，请交办给本辖区的单位。</translation>
    </message>
    <message>
        <source>A problem cannot be linked to itself.</source>
        <translation>问题不能与自身关联。</translation>
    </message>
    <message>
        <source>These problems are already linked.</source>
        <translation>这两个问题已经关联。</translation>
    </message>
    <message>
        <source>No such problem, or it is not yours to see.</source>
        <translation>没有这个问题，或您无权查看。</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>awaiting acceptance</source>
        <translation>待验收</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>found on patrol</source>
        <translation>巡河发现</translation>
    </message>
    <message>
        <source>public complaint</source>
        <translation>信访投诉</translation>
    </message>
    <message>
        <source>supervision feedback</source>
        <translation>督察反馈</translation>
    </message>
    <message>
        <source>monitoring alarm</source>
        <translation>监测预警</translation>
    </message>
    <message>
        <source>assigned by a superior</source>
        <translation>上级交办</translation>
    </message>
    <message>
        <source>media report</source>
        <translation>媒体曝光</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>accepted by the unit</source>
        <translation>单位接收整改</translation>
    </message>
    <message>
        <source>returned by the unit</source>
        <translation>单位退回</translation>
    </message>
    <message>
        <source>fix reported</source>
        <translation>报送整改</translation>
    </message>
    <message>
        <source>public notice started</source>
        <translation>开始公示</translation>
    </message>
    <message>
        <source>accepted and closed</source>
        <translation>验收销号</translation>
    </message>
    <message>
        <source>rejected: redo</source>
        <translation>验收不通过，重办</translation>
    </message>
    <message>
        <source>re-inspection confirmed</source>
        <translation>回头看确认</translation>
    </message>
    <message>
        <source>reopened at re-inspection</source>
        <translation>回头看重新打开</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>deadline extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>linked as same kind</source>
        <translation>举一反三关联</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Report fixed</source>
        <translation>报送整改完成</translation>
    </message>
    <message>
        <source>Start public notice</source>
        <translation>开始公示</translation>
    </message>
    <message>
        <source>Accept and close</source>
        <translation>验收销号</translation>
    </message>
    <message>
        <source>Reject (redo)</source>
        <translation>退回重办</translation>
    </message>
    <message>
        <source>Re-inspection: confirm</source>
        <translation>回头看：确认</translation>
    </message>
    <message>
        <source>Re-inspection: reopen</source>
        <translation>回头看：重新打开</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>'{value}' is not a date (write it as 2026-07-01).</source>
        <translation>“{value}”不是日期（请写成 2026-07-01）。</translation>
    </message>
    <message>
        <source>The time to return this problem ({hours} h after it was assigned) has passed.</source>
        <translation>退回时限（交办后 {hours} 小时）已过。</translation>
    </message>
    <message>
        <source>This problem needs no public notice.</source>
        <translation>此问题无需公示。</translation>
    </message>
    <message>
        <source>The public notice has already started.</source>
        <translation>公示已经开始。</translation>
    </message>
    <message>
        <source>You reported the fix yourself; another user must verify it.</source>
        <translation>整改由您本人报送，须由另一用户验收。</translation>
    </message>
    <message>
        <source>Start the public notice first.</source>
        <translation>请先开始公示。</translation>
    </message>
    <message>
        <source>The public notice runs until {day}.</source>
        <translation>公示期至 {day}。</translation>
    </message>
    <message>
        <source>The re-inspection has already been done.</source>
        <translation>回头看已经完成。</translation>
    </message>
    <message>
        <source>The re-inspection is due on {day}.</source>
        <translation>回头看日期为 {day}。</translation>
    </message>
    <message>
        <source>The problem is {state}: "{action}" is not possible now.</source>
        <translation>问题处于“{state}”状态，现在不能“{action}”。</translation>
    </message>
    <message>
        <source>Give a reason or a note for "{action}".</source>
        <translation>请填写“{action}”的理由或说明。</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>The deadline is in the past.</source>
        <translation>整改时限早于今天。</translation>
    </message>
    <message>
        <source>Unknown urgency '{value}'.</source>
        <translation>未知的紧急程度“{value}”。</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Write what the unit must do (the requirement).</source>
        <translation>请填写整改要求。</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Describe the measures taken (整改措施).</source>
        <translation>请填写整改措施。</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Add at least one photo after the fix or a document as evidence.</source>
        <translation>请至少附一张整改后照片或一份文件作为整改证据。</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>整改证据</translation>
    </message>
    <message>
        <source>The new deadline must be later than {day}.</source>
        <translation>新的整改时限须晚于 {day}。</translation>
    </message>
</context>
</TS>