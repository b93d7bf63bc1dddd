<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>dd::Activity</name>
    <message>
        <location filename="../core/activity/activity.cpp" line="+45"/>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropped</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Before the meeting</source>
        <translation>会前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>During the meeting</source>
        <translation>会中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the meeting</source>
        <translation>会后</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/activity/activityrepository.cpp" line="+188"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+240"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/activity/activityrepository.cpp" line="+1"/>
        <source>Kind: choose the kind of activity.</source>
        <translation>类型：请选择活动类型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Date: enter the day the activity took place.</source>
        <translation>日期：请输入活动举行的日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time: enter a time such as 09:30.</source>
        <translation>开始时间：请输入时间，如 09:30。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time: must be later than the start time.</source>
        <translation>结束时间：必须晚于开始时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>组织者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residents</source>
        <translation>居民人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents: enter a number between 0 and 100000.</source>
        <translation>居民人数：请输入 0 到 100000 之间的数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes: the text is too long (at most 500,000 characters with formatting).</source>
        <translation>会议纪要：内容过长（含格式最多 500,000 个字符）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Attendance: %1 is listed twice.</source>
        <translation>出席情况：%1 被列了两次。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance: %1 is on leave; enter the reason.</source>
        <translation>出席情况：%1 请假，请填写请假事由。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for leave</source>
        <translation>请假事由</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Other participants</source>
        <translation>其他参加人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other participants: %1 needs a number of people between 1 and 10000.</source>
        <translation>其他参加人员：%1 的人数应在 1 到 10000 之间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/activity/activityrepository.cpp" line="+10"/>
        <location line="+141"/>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action item</source>
        <translation>落实事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible</source>
        <translation>责任单位或责任人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completion note</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action items</source>
        <translation>落实事项</translation>
    </message>
    <message>
        <location filename="../core/activity/activityrepository.cpp" line="-449"/>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not held</source>
        <translation>未举行</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no activity kind %1.</source>
        <translation>没有编号为 %1 的活动类型。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kind: “%1” exists already.</source>
        <translation>类型：“%1”已存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist item</source>
        <translation>流程事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>会议流程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes headings</source>
        <translation>纪要标题</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>There is no activity %1.</source>
        <translation>没有编号为 %1 的活动。</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Topics: “%1” is a resident&apos;s opinion turned into a topic of this meeting; it stays among the topics.</source>
        <translation>议题：“%1”是由居民诉求转为的本次会议议题，须保留在议题中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason for the change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the change: this activity was held more than 30 days ago; say why its attendance is being changed.</source>
        <translation>修改原因：该活动举行已超过 30 天，请说明修改出席情况的原因。</translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>Topics: %n resident&apos;s opinion(s) were turned into topics of this meeting (%1); it is kept as their record.</source>
        <translation>
            <numerusform>议题：本次会议有 %n 件居民诉求转为议题（%1），会议作为其记录保留，不能删除。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+89"/>
        <source>There is no action item %1.</source>
        <translation>没有编号为 %1 的落实事项。</translation>
    </message>
</context>
<context>
    <name>dd::ActivityLog</name>
    <message>
        <location filename="../core/io/activitylog.cpp" line="+88"/>
        <source>Imported: %1 activities added, %2 already in the file.</source>
        <translation>导入完成：新增 %1 项活动，%2 项已在文件中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked, nothing written: %1 activities would be added, %2 are already in the file.</source>
        <translation>检查完成，未写入：将新增 %1 项活动，%2 项已在文件中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New venues: %1</source>
        <translation>新建阵地：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New groups: %1</source>
        <translation>新建小组：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignored unknown columns: %1</source>
        <translation>已忽略无法识别的列：%1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>“%1” is not a date; write it like 2025-03-10 or 2025-03-10 14:30</source>
        <translation>“%1”不是日期，请写成 2025-03-10 或 2025-03-10 14:30</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not one of the configured kinds of activity</source>
        <translation>“%1”不是已设置的活动类型</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” is not a number of people</source>
        <translation>“%1”不是人数</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” is listed twice (also in %2)</source>
        <translation>“%1”重复列出（%2 中也有）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the same activity (kind, day, title) is on row %1</source>
        <translation>同一活动（类型、日期、标题相同）已在第 %1 行</translation>
    </message>
</context>
<context>
    <name>dd::ActivityPlan</name>
    <message>
        <location filename="../core/activity/activityplan.cpp" line="+65"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twice a year</source>
        <translation>每半年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Monthly on day %1, %2</source>
        <translation>每月 %1 日 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarterly, month %1 of the quarter, day %2, %3</source>
        <translation>每季度第 %1 个月 %2 日 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Twice a year, month %1 of the half year, day %2, %3</source>
        <translation>每半年第 %1 个月 %2 日 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yearly on %1/%2, %3</source>
        <translation>每年 %1 月 %2 日 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind: choose the kind of activity.</source>
        <translation>类型：请选择活动类型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month: enter a month between 1 and %1 of the period.</source>
        <translation>月份：请输入周期内第 1 到第 %1 个月。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day: enter a day between 1 and 31.</source>
        <translation>日：请输入 1 到 31 之间的日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time: enter a time such as 09:30.</source>
        <translation>时间：请输入时间，如 09:30。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: enter the day the plan starts.</source>
        <translation>开始日期：请输入计划开始的日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until: must not be before the day the plan starts.</source>
        <translation>截止日期：不能早于计划开始的日期。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no plan %1.</source>
        <translation>没有编号为 %1 的计划。</translation>
    </message>
</context>
<context>
    <name>dd::AuditLog</name>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="+345"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>流转</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data shown</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmasked export</source>
        <translation>导出未脱敏数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File created</source>
        <translation>创建文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File upgraded</source>
        <translation>升级文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock broken</source>
        <translation>解除文件占用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock lifted</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password set</source>
        <translation>设置密码</translation>
    </message>
</context>
<context>
    <name>dd::AuditView</name>
    <message>
        <location filename="../core/io/auditnames.cpp" line="+23"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Activity kind</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Recurring plan</source>
        <translation>周期活动计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee member</source>
        <translation>工委成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+65"/>
        <source>Deputy</source>
        <translation>代表</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+85"/>
        <source>Deputy group</source>
        <translation>代表小组</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+83"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Group member</source>
        <translation>小组成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+99"/>
        <source>Nominee</source>
        <translation>推荐人选</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Observer</source>
        <translation>民情观察员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office settings</source>
        <translation>街道设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinion category</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinion raised at a meeting</source>
        <translation>会议提出的诉求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinion supervision</source>
        <translation>诉求督办</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Opinion</source>
        <translation>民意诉求</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Seat structure</source>
        <translation>名额结构</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+121"/>
        <source>Selection round</source>
        <translation>推选轮次</translation>
    </message>
    <message>
        <location line="-120"/>
        <location filename="../core/io/auditview.cpp" line="+127"/>
        <source>Suggestion</source>
        <translation>代表建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision topic</source>
        <translation>督办议题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Venue</source>
        <translation>履职阵地</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street office</source>
        <translation>街道名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervised by</source>
        <translation>督办人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from</source>
        <translation>恢复自</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>进程号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held since</source>
        <translation>占用开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by</source>
        <translation>占用人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputies submitting</source>
        <translation>提出代表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post in the group</source>
        <translation>小组职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>落实事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced on</source>
        <translation>公告日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived on</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why attendance changed</source>
        <translation>出席情况修改原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputies attending</source>
        <translation>参加代表</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Copy kept before</source>
        <translation>事前保留的副本</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>所属市</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates confirmed</source>
        <translation>确认人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congress session</source>
        <translation>会议届次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congress term</source>
        <translation>人大届次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <source>Recurrence</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched on</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>所属区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electoral district</source>
        <translation>选区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluated on</source>
        <translation>评价日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Expertise</source>
        <translation>擅长领域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed log-ins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback on</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Has a password</source>
        <translation>已设密码</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>First opinion added</source>
        <translation>首条新增诉求</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes headings</source>
        <translation>纪要标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chaired by</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last opinion added</source>
        <translation>末条新增诉求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congress levels</source>
        <translation>代表层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>督办方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominated by</source>
        <translation>推荐方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice until</source>
        <translation>公示截止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice from</source>
        <translation>公示开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opinions</source>
        <translation>来源诉求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>组织者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other participants</source>
        <translation>其他参加人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political affiliation</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised again on</source>
        <translation>再次反映日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not accepted</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents attending</source>
        <translation>居民人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsibility</source>
        <translation>责任类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy&apos;s satisfaction</source>
        <translation>代表满意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File version</source>
        <translation>文件版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>界别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision session on</source>
        <translation>督办会日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of leaving</source>
        <translation>离任日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>会议流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted by</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitter&apos;s phone</source>
        <translation>反映人电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal suggestion</source>
        <translation>代表建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>届别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work unit and post</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work year</source>
        <translation>工作年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swapped working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../core/io/auditview.cpp" line="+0"/>
        <source>Motion</source>
        <translation>议案</translation>
    </message>
    <message>
        <location line="+217"/>
        <location line="+4"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Upheld</source>
        <translation>异议成立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed</source>
        <translation>异议不成立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <location line="+232"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n 名</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>added %1</source>
        <translation>增加 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed %1</source>
        <translation>去掉 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>dd::Backup</name>
    <message>
        <location filename="../core/storage/backup.cpp" line="+33"/>
        <source>The copy %1 failed its check:
%2</source>
        <translation>副本 %1 未通过检查：
%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already exists; choose another name for the backup.</source>
        <translation>%1 已存在，请为备份另取一个文件名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup cannot replace the office file itself.</source>
        <translation>备份不能覆盖街道文件本身。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup had schema version %1; the restored file was upgraded to %2.</source>
        <translation>该备份的数据结构版本为 %1；恢复后的文件已升级到版本 %2。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot keep a copy of %1 at %2.</source>
        <translation>无法将 %1 另存一份到 %2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot copy %1 to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
</context>
<context>
    <name>dd::Connection</name>
    <message>
        <location filename="../core/storage/connection.cpp" line="+41"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>dd::Deputy</name>
    <message>
        <location filename="../core/org/deputy.cpp" line="+50"/>
        <source>People&apos;s congress deputy</source>
        <translation>人大代表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliberation representative</source>
        <translation>议事代表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultation representative</source>
        <translation>议政代表</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>National</source>
        <translation>全国</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>区级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Township</source>
        <translation>乡镇级</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Serving</source>
        <translation>在任</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retired</source>
        <translation>离任</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political affiliation</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work unit and post</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>界别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>代表类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congress levels</source>
        <translation>代表层级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Electoral district</source>
        <translation>选区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>届别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas of expertise</source>
        <translation>擅长领域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of leaving</source>
        <translation>离任日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 %2 does not match the ID number, which says %3.</source>
        <translation>%1 %2 与身份证号不符，身份证号显示为 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not match the ID number, which says %2.</source>
        <translation>%1与身份证号不符，身份证号显示为%2。</translation>
    </message>
</context>
<context>
    <name>dd::DeputyGroup</name>
    <message>
        <location filename="../core/org/deputygroup.cpp" line="+50"/>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vice leader</source>
        <translation>副组长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>组员</translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>A group has one leader; %n members are marked as leader.</source>
        <translation>
            <numerusform>一个小组只能有一名组长，现有 %n 人被标为组长。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::DeputyRepository</name>
    <message>
        <location filename="../core/org/deputyrepository.cpp" line="+117"/>
        <source>%1 is already recorded for %2.</source>
        <translation>该%1已登记在%2名下。</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>%1 cannot be deleted because other records refer to this deputy; record the leaving (离任) instead.</source>
        <translation>%1 已被其他记录引用，不能删除；请改为登记离任。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revealing personal data is recorded in the audit log, which a read-only file cannot do.</source>
        <translation>查看完整个人信息需要记入审计日志，只读文件无法记录，因此不能查看。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no deputy with number %1.</source>
        <translation>没有编号为 %1 的代表。</translation>
    </message>
</context>
<context>
    <name>dd::FileHeader</name>
    <message>
        <location filename="../core/storage/fileheader.cpp" line="+31"/>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file.</source>
        <translation>%1 不是一个文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a DeputyDesk office file (it is not an SQLite database).</source>
        <translation>%1 不是履职工作台的街道文件（它不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: its header names an impossible page size (%2).</source>
        <translation>%1 已损坏：文件头中的页大小（%2）不可能成立。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is damaged: its header names an unknown file format version (%2/%3).</source>
        <translation>%1 已损坏：文件头中的文件格式版本（%2/%3）无法识别。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is damaged: the file is %2 bytes long but should be %3 bytes (it was probably cut off while copying).</source>
        <translation>%1 已损坏：文件长 %2 字节，应为 %3 字节（可能在复制时被截断）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is an SQLite database, but not a DeputyDesk office file.</source>
        <translation>%1 是 SQLite 数据库，但不是履职工作台的街道文件。</translation>
    </message>
</context>
<context>
    <name>dd::FileOps</name>
    <message>
        <location filename="../core/storage/fileops.cpp" line="+45"/>
        <source>Cannot move %1 to %2: %3</source>
        <translation>无法将 %1 移动到 %2：%3</translation>
    </message>
</context>
<context>
    <name>dd::Import</name>
    <message>
        <location filename="../core/io/importreport.cpp" line="+58"/>
        <source>“%1”: brackets hold a birth date (or, for leave, the reason)</source>
        <translation>“%1”：括号内应填写出生日期（请假代表可填写请假事由）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a deputy in this file</source>
        <translation>“%1”不是本文件中的代表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no deputy %1 was born on %2</source>
        <translation>没有出生于 %2 的代表 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 deputies are called %2; add the birth date in brackets: %3</source>
        <translation>有 %1 位代表名叫 %2，请在括号内注明出生日期：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deputies are called %2 and not all of them have a birth date recorded, which tells them apart: record it on the Deputies page, then add it in brackets, e.g. %2(1970-01-01)</source>
        <translation>有 %1 位代表名叫 %2，但并非每位都登记了用来区分的出生日期：请先在“代表”页面登记出生日期，再在括号内注明，如 %2(1970-01-01)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>未导入任何数据：发现 %n 处问题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1, column %2: %3</source>
        <translation>第 %1 行，“%2”列：%3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the column appears twice</source>
        <translation>该列出现了两次</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the required column is missing</source>
        <translation>缺少这一必需的列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sheet has no data rows</source>
        <translation>表中没有数据行</translation>
    </message>
</context>
<context>
    <name>dd::Integrity</name>
    <message>
        <location filename="../core/storage/integrity.cpp" line="+38"/>
        <source>Database structure (integrity_check)</source>
        <translation>数据库结构（integrity_check）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and %1 more.</source>
        <translation>……另有 %1 处。</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>References between records (foreign_key_check)</source>
        <translation>记录间的引用（foreign_key_check）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All references are valid.</source>
        <translation>所有引用均有效。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The chain breaks at audit row %1: a row before it was removed or changed, or this row was inserted afterwards.</source>
        <translation>审计链在第 %1 条记录处断开：它之前的记录被删除或改动过，或者这条记录是事后插入的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit row %1 was changed after it was written.</source>
        <translation>第 %1 条审计记录在写入后被改动过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The triggers that keep the audit log append-only were removed.</source>
        <translation>保证审计日志只增不改的触发器已被删除。</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Audit trail (hash chain)</source>
        <translation>审计日志（哈希链）</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n row(s), chain unbroken.</source>
        <translation>
            <numerusform>共 %n 条记录，链条完整。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Audit trail against the newest backup</source>
        <translation>审计日志与最新备份比对</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The backup of %1 already holds audit row %2, which this file no longer has: rows were removed from the end of the audit trail, or the file was replaced by an older copy outside the program.</source>
        <translation>%1 的备份中已有第 %2 条审计记录，而本文件中已没有这一条：审计日志末尾的记录被删除了，或者文件在程序之外被换成了更早的副本。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit row %1 differs from the backup of %2: the audit trail was rewritten from there on.</source>
        <translation>第 %1 条审计记录与 %2 的备份不一致：审计日志从这里起被改写过。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its rows up to number %1 agree with the backup of %2.</source>
        <translation>截至第 %1 条的审计记录与 %2 的备份一致。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backup since the last restore to compare with.</source>
        <translation>最近一次恢复以来没有可供比对的备份。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The office settings row is missing.</source>
        <translation>缺少本街道设置记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no active administrator.</source>
        <translation>没有在用的管理员账户。</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Office settings and administrator</source>
        <translation>本街道设置与管理员</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Present.</source>
        <translation>齐全。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Integrity check of %1</source>
        <translation>%1 的完整性检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROBLEM</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result: the check was stopped before it finished.</source>
        <translation>结论：检查在完成前已停止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: the file is in good order.</source>
        <translation>结论：文件完好。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: problems were found. Restore from a backup or contact support; the file was not changed.</source>
        <translation>结论：发现问题。请从备份恢复或联系技术支持；文件未被改动。</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>File header</source>
        <translation>文件头</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>A DeputyDesk office file, %1 bytes.</source>
        <translation>履职工作台街道文件，%1 字节。</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Schema version</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步（共 %2 步）：%3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Version %1 is newer than this program&apos;s %2.</source>
        <translation>版本 %1 比本程序支持的版本 %2 更新。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1; it will be upgraded to %2 when opened for writing.</source>
        <translation>版本 %1；以可写方式打开时将升级到 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1, as this program expects.</source>
        <translation>版本 %1，与本程序一致。</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Reading the database</source>
        <translation>读取数据库</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>A program stopped in the middle of a change and left %1. Open the file for writing once (the change is rolled back) and check it again.</source>
        <translation>有程序在修改途中停止，留下了 %1。请以可写方式打开一次该文件（未完成的修改会被撤销），然后再检查。</translation>
    </message>
</context>
<context>
    <name>dd::Migrator</name>
    <message>
        <location filename="../core/storage/migrator.cpp" line="+73"/>
        <source>%1 has schema version %2, newer than this program&apos;s %3.</source>
        <translation>%1 的数据结构版本为 %2，比本程序支持的 %3 更新。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Upgrading %1 to schema version %2 failed; the file was left as it was. %3</source>
        <translation>将 %1 升级到数据结构版本 %2 失败，文件保持原样。%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Upgrading %1 to schema version %2 failed: records would refer to records that do not exist; the file was left as it was.</source>
        <translation>将 %1 升级到数据结构版本 %2 失败：有记录会引用不存在的记录；文件保持原样。</translation>
    </message>
</context>
<context>
    <name>dd::Minutes</name>
    <message>
        <location filename="../core/activity/minutes.cpp" line="+38"/>
        <source>%1 — minutes</source>
        <translation>%1纪要</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1（%n 人）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>residents (%n)</source>
        <translation>
            <numerusform>居民（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>组织者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>小组信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>expected %1, present %2, on leave %3, absent %4</source>
        <translation>应到 %1 人，实到 %2 人，请假 %3 人，缺席 %4 人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other participants</source>
        <translation>其他参加人员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decisions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action items</source>
        <translation>落实事项</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Action item</source>
        <translation>落实事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>责任单位或责任人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attendance roster</source>
        <translation>出席名单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for leave</source>
        <translation>请假事由</translation>
    </message>
</context>
<context>
    <name>dd::OfficeFile</name>
    <message>
        <location filename="../core/storage/officefile.cpp" line="+36"/>
        <source>%1 cannot be written (the file or its folder is read-only). It can be opened read-only.</source>
        <translation>%1 无法写入（文件或所在文件夹为只读）。可以以只读方式打开。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is damaged and cannot be opened: %2</source>
        <translation>%1 已损坏，无法打开：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is open read-only; changes cannot be saved.</source>
        <translation>%1 以只读方式打开，无法保存修改。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <source>Log in to %1 first.</source>
        <translation>请先登录，才能%1。</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1 was written by a newer DeputyDesk (schema version %2; this program knows up to %3). Install the newer version to open it.</source>
        <translation>%1 由更新版本的履职工作台写入（数据结构版本 %2，本程序最高支持 %3）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has schema version %2 and must be upgraded to %3 before use; open it for writing once to upgrade it (a backup is made first).</source>
        <translation>%1 的数据结构版本为 %2，使用前须升级到 %3；请以可写方式打开一次完成升级（升级前会先备份）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not a DeputyDesk office file.</source>
        <translation>%1 不是履职工作台的街道文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was left by a program that stopped (%2) and is damaged; probably the journal that would have undone its last change was deleted. The file was not changed.</source>
        <translation>%1 是由一个已中止的程序（%2）留下的，文件已损坏；用来撤销其最后一次修改的日志文件很可能被删除了。文件没有被改动。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Upgrading %1 from schema version %2 to %3; a copy of the old file is kept and checked first…</source>
        <translation>正在将 %1 从数据结构版本 %2 升级到 %3；会先保留一份旧文件的副本并加以校验……</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在，请另取一个名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot move the new office file into place at %1: %2</source>
        <translation>无法将新建的街道文件放到 %1：%2</translation>
    </message>
</context>
<context>
    <name>dd::OfficeLock</name>
    <message>
        <location filename="../core/storage/officelock.cpp" line="+59"/>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2, process %3, since %4</source>
        <translation>%2 上的 %1（进程 %3，自 %4 起）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone</source>
        <translation>某用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown computer</source>
        <translation>未知计算机</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was left locked by a program that is no longer running (%2). An administrator can break the lock, or the file can be opened read-only.</source>
        <translation>%1 被一个已不在运行的程序锁定（%2）。管理员可以解除该锁，也可以以只读方式打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already open for writing by %2. It can be opened read-only.</source>
        <translation>%1 已被 %2 以可写方式打开。可以以只读方式打开。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot create the lock file %1: %2. The folder may be read-only; the office file can still be opened read-only.</source>
        <translation>无法创建锁文件 %1：%2。文件夹可能是只读的；仍可以只读方式打开街道文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write the lock file %1: %2</source>
        <translation>无法写入锁文件 %1：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot remove the lock file %1.</source>
        <translation>无法删除锁文件 %1。</translation>
    </message>
</context>
<context>
    <name>dd::OfficeSettings</name>
    <message>
        <location filename="../core/org/officesettings.cpp" line="+37"/>
        <source>Office name</source>
        <translation>街道名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>所属区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>所属市</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Congress term</source>
        <translation>人大届次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work year</source>
        <translation>工作年度</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 must be a number from 1 to 99 (got %2).</source>
        <translation>%1须为 1 到 99 之间的数字（现为 %2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a year from 1990 to 2100 (got %2).</source>
        <translation>%1须为 1990 到 2100 之间的年份（现为 %2）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no office settings row.</source>
        <translation>%1 缺少本街道设置记录。</translation>
    </message>
</context>
<context>
    <name>dd::Opinion</name>
    <message>
        <location filename="../core/opinion/opinion.cpp" line="+101"/>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatched</source>
        <translation>交办</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback given</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluated</source>
        <translation>已评价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made a meeting topic</source>
        <translation>转为议题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated to a suggestion</source>
        <translation>上升为代表建议</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reception</source>
        <translation>接访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By appointment</source>
        <translation>约访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR code / online</source>
        <translation>扫码/线上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WeChat group</source>
        <translation>微信群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At a meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid report</source>
        <translation>网格上报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Residential area / community self-governance</source>
        <translation>小区/社区自治事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street office duty</source>
        <translation>街道职责事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Government department duty</source>
        <translation>政府部门职责事项</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Immediate transfer</source>
        <translation>即时转办</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/opinion/opinionqueries.cpp" line="+329"/>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/opinion/opinionqueries.cpp" line="+1"/>
        <source>Registered on: enter the day the opinion was raised.</source>
        <translation>登记日期：请填写群众反映意见的日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/opinion/opinionqueries.cpp" line="-9"/>
        <source>Submitter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location filename="../core/opinion/opinionqueries.cpp" line="+3"/>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/opinion/opinionrepository.cpp" line="+123"/>
        <location line="+36"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/opinion/opinionrepository.cpp" line="+1"/>
        <source>Category: choose one of the categories.</source>
        <translation>类别：请选择一个类别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received by</source>
        <translation>接单代表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by: choose the deputy or the group who took the opinion.</source>
        <translation>接单代表：请选择接单的代表或代表小组。</translation>
    </message>
    <message>
        <location line="+86"/>
        <location filename="../core/opinion/opinionrepository.cpp" line="+86"/>
        <location filename="../core/opinion/opinionrows.h" line="+118"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State: an opinion that is “%1” cannot go to “%2”; it can go to: %3.</source>
        <translation>状态：处于“%1”的诉求不能转为“%2”；可转为：%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State: only green-channel and immediate-transfer opinions may skip from “%1” to “%2”.</source>
        <translation>状态：只有绿色通道和即时转办的诉求才能从“%1”跳过中间环节直接转为“%2”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: say why steps are skipped.</source>
        <translation>原因：请说明跳过环节的理由。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: say why the archived opinion is reopened.</source>
        <translation>原因：请说明重新打开已归档诉求的理由。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: say what has to be handled again.</source>
        <translation>原因：请说明需要重新办理的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: say why the opinion is not accepted.</source>
        <translation>原因：请说明不予受理的理由。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/opinion/opinionqueries.cpp" line="+69"/>
        <location filename="../core/opinion/opinionrepository.cpp" line="+40"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date: %1 is before the opinion was registered (%2).</source>
        <translation>日期：%1 早于登记日期（%2）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../core/opinion/opinionrepository.cpp" line="+8"/>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling unit: choose the unit the opinion is dispatched to.</source>
        <translation>承办单位：请选择交办的承办单位。</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+3"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Deadline: give a date or a number of working days.</source>
        <translation>办理时限：请填写日期或工作日天数。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deadline: %1 is before the day of dispatch.</source>
        <translation>办理时限：%1 早于交办日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadline: %1 is before the day it is sent back.</source>
        <translation>办理时限：%1 早于退回重办的日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Reply</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation: choose satisfied, basically satisfied or dissatisfied.</source>
        <translation>评价：请选择满意、基本满意或不满意。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/opinion/opinionrepository.cpp" line="+1"/>
        <source>Meeting</source>
        <translation>所属会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting: choose the meeting that deliberates the topic.</source>
        <translation>所属会议：请选择审议该议题的会议。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/opinion/opinionrepository.cpp" line="+1"/>
        <source>Formal suggestion</source>
        <translation>代表建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal suggestion: choose or create the suggestion.</source>
        <translation>代表建议：请选择或新建代表建议。</translation>
    </message>
    <message>
        <location filename="../core/opinion/opinionrows.h" line="+1"/>
        <source>State: this opinion is archived; reopen it (with a reason) before changing it.</source>
        <translation>状态：该诉求已归档；修改前请先说明理由重新打开。</translation>
    </message>
    <message>
        <location filename="../core/opinion/opinionqueries.cpp" line="-330"/>
        <source>By phone</source>
        <translation>电话督办</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit to the unit</source>
        <translation>上门督办</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervision letter</source>
        <translation>督办函</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervision meeting</source>
        <translation>督办会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On-site inspection</source>
        <translation>现场督查</translation>
    </message>
    <message>
        <location filename="../core/opinion/opinionrepository.cpp" line="-167"/>
        <source>Category: “%1” exists already.</source>
        <translation>类别：“%1”已存在。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+3"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Grid: choose one of the grids.</source>
        <translation>网格：请选择一个网格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grid: the grid is not in the community chosen.</source>
        <translation>网格：该网格不属于所选社区。</translation>
    </message>
    <message>
        <location filename="../core/opinion/opinionqueries.cpp" line="+261"/>
        <location filename="../core/opinion/opinionrepository.cpp" line="+57"/>
        <location line="+9"/>
        <source>There is no opinion %1.</source>
        <translation>没有编号为 %1 的诉求。</translation>
    </message>
    <message>
        <location filename="../core/opinion/opinionrepository.cpp" line="+12"/>
        <source>State: only an opinion that is still “%1” can be deleted; this one is “%2” and is kept (archive it instead).</source>
        <translation>状态：只有仍处于“%1”的诉求可以删除；该诉求处于“%2”，须保留（可将其归档）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Date: %1 is in the future.</source>
        <translation>日期：%1 是将来的日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the record chosen does not exist.</source>
        <translation>%1：所选记录不存在。</translation>
    </message>
    <message>
        <location filename="../core/opinion/opinionqueries.cpp" line="-7"/>
        <location line="+1"/>
        <location line="+64"/>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Supervised by</source>
        <translation>督办人</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date: enter the day of the supervision, not in the future.</source>
        <translation>日期：请填写督办日期，不能是将来的日期。</translation>
    </message>
</context>
<context>
    <name>dd::OpinionLedger</name>
    <message>
        <location filename="../core/io/opinionledger.cpp" line="+167"/>
        <source>Imported: %1 opinions added, %2 already in the file.</source>
        <translation>已导入：新增 %1 条诉求，%2 条已在文件中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked, nothing written: %1 opinions would be added, %2 are already in the file.</source>
        <translation>已检查，未写入：将新增 %1 条诉求，%2 条已在文件中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New communities: %1</source>
        <translation>新建社区：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New grids: %1</source>
        <translation>新建网格：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New handling units: %1</source>
        <translation>新建承办单位：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignored unknown columns: %1</source>
        <translation>已忽略无法识别的列：%1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>“%1” is not a date; write it like 2025-03-10</source>
        <translation>“%1”不是日期；请写成 2025-03-10 这样的格式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a source channel; use one of %2</source>
        <translation>“%1”不是来源渠道；请使用 %2 之一</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the grid “%1” needs its community in 社区</source>
        <translation>网格“%1”需要在“社区”列填写所属社区</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” is not one of the configured categories</source>
        <translation>“%1”不是已设置的类别</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a responsibility class; use one of %2</source>
        <translation>“%1”不是责任类别；请使用 %2 之一</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a state; use one of %2</source>
        <translation>“%1”不是状态；请使用 %2 之一</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is neither a date nor a number of working days</source>
        <translation>“%1”既不是日期也不是工作日天数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not an evaluation; use one of %2</source>
        <translation>“%1”不是评价；请使用 %2 之一</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a row that is 不予受理 needs the reason in 办理结果</source>
        <translation>状态为不予受理的行需要在“办理结果”列填写理由</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a row that is 交办 needs 承办单位 and 办理时限</source>
        <translation>状态为交办的行需要填写承办单位和办理时限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a row that is %1 needs 办结日期</source>
        <translation>状态为%1的行需要填写办结日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办结日期 %1 is before 登记日期</source>
        <translation>办结日期 %1 早于登记日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>办结日期 %1 is in the future</source>
        <translation>办结日期 %1 是将来的日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a row that is %1 needs 办理结果</source>
        <translation>状态为%1的行需要填写办理结果</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>办结日期 is given but the state is %1</source>
        <translation>填写了办结日期，但状态为%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>评价 is given but the state is %1</source>
        <translation>填写了评价，但状态为%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a row that is 已评价 needs 评价</source>
        <translation>状态为已评价的行需要填写评价</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the same opinion (day, title, submitter) is on row %1</source>
        <translation>第 %1 行已有同一条诉求（日期、标题、反映人相同）</translation>
    </message>
</context>
<context>
    <name>dd::Organisation</name>
    <message>
        <location filename="../core/org/orgspecs.cpp" line="+47"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+49"/>
        <location line="+44"/>
        <source>Name</source>
        <comment>of a place or body</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+106"/>
        <source>Belongs to</source>
        <translation>上级场所</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Belongs to cannot be the venue itself or one of the venues below it.</source>
        <translation>上级场所不能是本场所或其下属场所。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+75"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Day must be a day of the month from 1 to 31 for a monthly opening.</source>
        <translation>每月开放时，日期须为 1 至 31 之间的某一天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day must be a weekday from 1 (Monday) to 7 (Sunday) for a weekly opening.</source>
        <translation>每周开放时，日期须为 1（星期一）至 7（星期日）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day must be empty when the venue has no regular opening.</source>
        <translation>没有固定开放时间时，日期应留空。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name “%1” is already used by another grid of this community.</source>
        <translation>名称“%1”已被本社区的另一个网格使用。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+93"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Grid must be one of the chosen community&apos;s grids.</source>
        <translation>网格须属于所选社区。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Electoral districts</source>
        <translation>选区</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <location line="+52"/>
        <location line="+18"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+10"/>
        <location line="+32"/>
        <location line="+33"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <location line="+51"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opens</source>
        <translation>开放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No regular opening</source>
        <translation>无固定开放时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month on a day</source>
        <translation>每月固定日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week on a weekday</source>
        <translation>每周固定日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>时段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>venue</source>
        <translation>阵地</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deputies&apos; home</source>
        <translation>代表之家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liaison station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liaison point</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliberation hall</source>
        <translation>议事厅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliberation chamber</source>
        <translation>议事堂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tea pavilion</source>
        <translation>民情茶话亭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responsible deputies</source>
        <translation>负责代表</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>committee member</source>
        <translation>工委成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+19"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Also the deputy</source>
        <translation>兼任代表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>observer</source>
        <translation>民情观察员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Street department</source>
        <translation>街道部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District department</source>
        <translation>区级部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community committee</source>
        <translation>社区居委会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property company</source>
        <translation>物业公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brand description</source>
        <translation>品牌简介</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deputy group</source>
        <translation>代表小组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist group</source>
        <translation>专业小组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action group</source>
        <translation>行动组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliberation group</source>
        <translation>议事小组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>专业方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>品牌名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee member</source>
        <translation>联系工委成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home venue</source>
        <translation>活动阵地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation>联系社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grids</source>
        <translation>联系网格</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every month on day %1</source>
        <translation>每月%1日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1</source>
        <translation>每%1</translation>
    </message>
</context>
<context>
    <name>dd::Password</name>
    <message>
        <location filename="../core/storage/password.cpp" line="+25"/>
        <source>The password library could not start.</source>
        <translation>密码组件无法启动。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must have at most 128 characters.</source>
        <translation>密码最多 128 个字符。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法加密保存密码。</translation>
    </message>
</context>
<context>
    <name>dd::Pdf</name>
    <message>
        <location filename="../core/report/pdf.cpp" line="+75"/>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/report/docx.cpp" line="+191"/>
        <location filename="../core/report/pdf.cpp" line="-18"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>dd::RecordStore</name>
    <message>
        <location filename="../core/org/recordstore.cpp" line="+186"/>
        <source>The %1 with number %2 no longer exists.</source>
        <translation>编号为 %2 的%1已不存在。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1 “%2” is already used by another %3.</source>
        <translation>%1“%2”已被另一个%3使用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 must be one of: %2.</source>
        <translation>%1须为以下之一：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1须为 %2 至 %3 之间的整数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 refers to a record that no longer exists.</source>
        <translation>%1所指的记录已不存在。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The %1 “%2” cannot be deleted because other records refer to it.</source>
        <translation>%1“%2”仍被其他记录引用，不能删除。</translation>
    </message>
</context>
<context>
    <name>dd::Recovery</name>
    <message>
        <location filename="../core/storage/recovery.cpp" line="+34"/>
        <source>Cannot create a temporary folder beside %1: %2</source>
        <translation>无法在 %1 旁边创建临时文件夹：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot copy %1 to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is no longer a DeputyDesk office file</source>
        <translation>应用后它不再是履职工作台的街道文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its audit trail no longer holds together</source>
        <translation>应用后审计日志的哈希链断裂</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was left in the middle of a change, and the journal beside it (%2) does not fit it: applying the journal would damage the file (%3). The file and the journal were left as they are.</source>
        <translation>%1 在修改途中被中断，但旁边的日志文件（%2）与它不匹配：应用这个日志会损坏文件（%3）。文件和日志都保持原样，没有改动。</translation>
    </message>
</context>
<context>
    <name>dd::Roster</name>
    <message>
        <location filename="../core/io/roster.cpp" line="+141"/>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>导入完成：新增 %1 人，更新 %2 人，%3 人无变化。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked, nothing written: %1 would be added, %2 updated, %3 unchanged.</source>
        <translation>检查完成，未写入：将新增 %1 人，更新 %2 人，%3 人无变化。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New groups: %1</source>
        <translation>新建小组：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New electoral districts: %1</source>
        <translation>新建选区：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> and %n more</source>
        <translation>
            <numerusform>等，另有 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by name alone (no ID number or birth date to compare): %1</source>
        <translation>仅按姓名找到（没有身份证号或出生日期可核对）：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignored unknown columns: %1</source>
        <translation>已忽略无法识别的列：%1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the ID number is masked; export with full values to re-import</source>
        <translation>身份证号已脱敏；如需重新导入，请导出完整信息</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a date; write it like 1975-03-08</source>
        <translation>“%1”不是日期，请写成 1975-03-08 的形式</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (row %2)</source>
        <translation>%1（第 %2 行）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 deputies are named %2 and nothing on this row says which; fill in 身份证号 or 出生日期</source>
        <translation>有 %1 名代表叫%2，本行无法确定是哪一位；请填写身份证号或出生日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 deputies are named %2 and none has this row&apos;s 身份证号 or 出生日期 on record to tell which; record them on the Deputies page first</source>
        <translation>有 %1 名代表叫%2，但都没有登记与本行相同的身份证号或出生日期，无法确定是哪一位；请先在“代表”页登记</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not 男 or 女</source>
        <translation>“%1”不是“男”或“女”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the phone is masked; export with full values to re-import</source>
        <translation>电话号码已脱敏；如需重新导入，请导出完整信息</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not one of 人大代表, 议事代表, 议政代表</source>
        <translation>“%1”不是人大代表、议事代表、议政代表之一</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a level (全国, 省, 市, 区, 乡镇)</source>
        <translation>“%1”不是代表层级（全国、省、市、区、乡镇）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not 在任 or 离任</source>
        <translation>“%1”不是“在任”或“离任”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a date; write it like 2026-06-30</source>
        <translation>“%1”不是日期，请写成 2026-06-30 的形式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a group role needs a group in 所属小组</source>
        <translation>填写了小组职务，但“所属小组”为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not 组长, 副组长 or 组员</source>
        <translation>“%1”不是组长、副组长或组员</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the same ID number is on row %1</source>
        <translation>第 %1 行已有相同的身份证号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same person (name and birth date) is on row %1</source>
        <translation>第 %1 行已有同一人（姓名和出生日期相同）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same name is on row %1, and neither row has 身份证号 or 出生日期 to tell the two apart</source>
        <translation>第 %1 行姓名相同，两行都没有身份证号或出生日期，无法区分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 is about the same deputy</source>
        <translation>与第 %1 行是同一名代表</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 already has a leader on row %2 (%3)</source>
        <translation>%1 在第 %2 行已有组长（%3）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already has a leader: %2</source>
        <translation>%1 已有组长：%2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>An export with full ID numbers and phones is recorded in the audit log, which a read-only file cannot do.</source>
        <translation>导出完整身份证号和电话需要记入审计日志，只读文件无法记录，因此不能导出。</translation>
    </message>
</context>
<context>
    <name>dd::Selection</name>
    <message>
        <location filename="../core/org/selection.cpp" line="+68"/>
        <source>Nominated</source>
        <translation>已推荐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed preliminary review</source>
        <translation>初审通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed joint review</source>
        <translation>联审通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not selected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sector</source>
        <translation>界别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Political affiliation</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Party organisation</source>
        <translation>推荐党组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party organisation is required for a nomination by a party organisation.</source>
        <translation>由党组织推荐时，须填写推荐党组织。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nominating residents</source>
        <translation>联名居民</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nominating residents: a joint nomination needs at least %1 residents; %2 are listed.</source>
        <translation>联名居民：联名推荐至少需要 %1 名居民，现只列出 %2 名。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nominating residents: each resident may sign once.</source>
        <translation>联名居民：每位居民只能签名一次。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The selection round no longer exists.</source>
        <translation>该推选轮次已不存在。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <location line="+9"/>
        <source>Round</source>
        <translation>推选轮次</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats must be a whole number from 1 to 1000.</source>
        <translation>名额须为 1 至 1000 之间的整数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round “%1” already exists.</source>
        <translation>推选轮次“%1”已存在。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 %2: the number of places must be from 1 to 1000.</source>
        <translation>%1 %2：名额须为 1 至 1000。</translation>
    </message>
    <message>
        <location filename="../core/org/selectionsteps.cpp" line="+46"/>
        <source>The nomination no longer exists.</source>
        <translation>该推荐人选已不存在。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Nominations are closed: the public notice of %1 has started.</source>
        <translation>推荐已截止：%1 已开始公示。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The reviews are over: the public notice has started.</source>
        <translation>审查已结束：公示已经开始。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not waiting for a review (%2).</source>
        <translation>%1 当前不在待审状态（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the reason why %1 did not pass the review.</source>
        <translation>请填写 %1 未通过审查的原因。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The public notice of %1 started on %2.</source>
        <translation>%1 已于 %2 开始公示。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice start is not a valid date; expected e.g. 2026-03-02.</source>
        <translation>公示开始日期无效，应形如 2026-03-02。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has not been through both reviews yet; finish the reviews before the public notice.</source>
        <translation>%1 尚未完成初审和联审，请先完成审查再公示。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No candidate has passed the joint review, so there is nothing to announce.</source>
        <translation>没有通过联审的人选，无需公示。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Objections are taken for candidates on the public notice; %1 is not on it.</source>
        <translation>只能对公示中的人选提出异议，%1 不在公示名单中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Objection</source>
        <translation>异议内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Received on must be a date on or after the notice start, %1.</source>
        <translation>收到日期不能早于公示开始日期 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received on: %1 is in the future.</source>
        <translation>收到日期：%1 是将来的日期。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The objection has already been dealt with.</source>
        <translation>该异议已经处理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record what was found when dealing with the objection.</source>
        <translation>请填写异议的核查处理情况。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Objection upheld: %1</source>
        <translation>异议成立：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has already been confirmed.</source>
        <translation>%1 已经确认。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The public notice has not started; the list can be confirmed after it ends.</source>
        <translation>尚未公示；公示期满后才能确认名单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The public notice runs until %1; the list can be confirmed after that.</source>
        <translation>公示期至 %1 结束，期满后才能确认名单。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An objection to %1 is still open; deal with it first.</source>
        <translation>对 %1 的异议尚未处理，请先处理。</translation>
    </message>
</context>
<context>
    <name>dd::SelectionNotice</name>
    <message>
        <location filename="../core/org/selectionnotice.cpp" line="+38"/>
        <source>Public notice of the proposed deliberation representatives</source>
        <translation>议事代表拟确定人选公示</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>After nomination, preliminary review and joint review (“two down, two up”), the %n proposed representative(s) of %1 are announced below. The notice runs from %2 to %3 (3 working days). Objections may be raised with the office&apos;s people&apos;s congress work committee during the notice.</source>
        <translation>
            <numerusform>经“两下两上”推荐、初审和联审，现将%1拟确定的 %n 名议事代表人选公示如下。公示期自%2至%3（3个工作日）。公示期间如有异议，可向街道人大工委反映。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Born</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political affiliation</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sector</source>
        <translation>界别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work unit and post</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nominated by</source>
        <translation>推荐方式</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n resident(s) jointly</source>
        <translation>
            <numerusform>%n 名居民联名</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People&apos;s congress work committee of %1</source>
        <translation>%1人大工作委员会</translation>
    </message>
</context>
<context>
    <name>dd::SheetTable</name>
    <message>
        <location filename="../core/io/sheettable.cpp" line="+29"/>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: only .xlsx and .csv files can be imported (save .xls files as .xlsx in Excel or WPS first).</source>
        <translation>%1：只能导入 .xlsx 和 .csv 文件（.xls 文件请先在 Excel 或 WPS 中另存为 .xlsx）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 MB, more than a ledger of a street office holds (at most %3 MB); it is refused.</source>
        <translation>%1 有 %2 MB，超过街道台账可能的大小（最多 %3 MB），已拒绝读取。</translation>
    </message>
</context>
<context>
    <name>dd::SheetWriter</name>
    <message>
        <location filename="../core/io/sheetwriter.cpp" line="+112"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 rows are more than an Excel sheet holds (%2). Export them to a .csv file, or narrow the selection.</source>
        <translation>%1 行超过了一张 Excel 工作表能容纳的行数（%2）。请导出为 .csv 文件，或缩小选择范围。</translation>
    </message>
</context>
<context>
    <name>dd::Stats</name>
    <message>
        <location filename="../core/stats/opinionstats.cpp" line="+149"/>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By responsibility class</source>
        <translation>按责任类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By community</source>
        <translation>按社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By group</source>
        <translation>按代表小组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By deputy</source>
        <translation>按代表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month %1</source>
        <translation>%1 月</translation>
    </message>
</context>
<context>
    <name>dd::Suggestion</name>
    <message>
        <location filename="../core/opinion/suggestion.cpp" line="+78"/>
        <location line="+318"/>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="-318"/>
        <location line="+181"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+1"/>
        <source>Congress session</source>
        <translation>会议届次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted on: enter the day the suggestion was submitted.</source>
        <translation>提交日期：请填写建议提交的日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied on: the reply cannot come before the submission.</source>
        <translation>答复日期：答复不能早于提交日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satisfaction</source>
        <translation>代表满意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction: record the reply before the deputy&apos;s satisfaction with it.</source>
        <translation>代表满意度：请先登记答复，再登记代表对答复的满意度。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputies: choose the deputy (or deputies) who submit it.</source>
        <translation>代表：请选择提出建议的代表（可多人）。</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>There is no suggestion %1.</source>
        <translation>没有编号为 %1 的建议。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Number: %1 of %2 is already “%3”.</source>
        <translation>编号：%1 在%2中已用于「%3」。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Opinions</source>
        <translation>来源诉求</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Opinions: %n opinion(s) were escalated to this suggestion; it is kept as their record.</source>
        <translation>
            <numerusform>来源诉求：已有 %n 条诉求上升为此建议，须保留作为其记录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Announced on</source>
        <translation>公告日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced on: enter the day the topic is announced.</source>
        <translation>公告日期：请填写督办议题公告的日期。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The supervision topic no longer exists.</source>
        <translation>该督办议题已不存在。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Supervision session</source>
        <translation>督办活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision session: 「%1」 was supervised at the session of %2; it is kept as its record.</source>
        <translation>督办活动：「%1」已在 %2 的督办活动中督办，作为其记录保留，不能撤销。</translation>
    </message>
</context>
<context>
    <name>dd::User</name>
    <message>
        <location filename="../core/storage/user.cpp" line="+41"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair</source>
        <translation>主任</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>enter and change records</source>
        <translation>录入和修改记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>see unmasked personal data</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export registers</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review and confirm results</source>
        <translation>审核和确认结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reopen archived records</source>
        <translation>重新打开已归档的记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change the office settings and rules</source>
        <translation>修改街道设置和规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manage users and passwords</source>
        <translation>管理用户和密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export unmasked personal data</source>
        <translation>导出未脱敏的个人信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>break the lock of an office file</source>
        <translation>解除街道文件的锁定</translation>
    </message>
</context>
<context>
    <name>dd::UserRepository</name>
    <message>
        <location filename="../core/storage/userrepository.cpp" line="+37"/>
        <source>The office file has no active administrator.</source>
        <translation>街道文件中没有在用的管理员账户。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Login name must be 1 to 40 characters without control characters.</source>
        <translation>登录名须为 1 到 40 个字，且不含控制字符。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A user named %1 exists already.</source>
        <translation>用户名 %1 已存在。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The account %1 is switched off; ask the administrator.</source>
        <translation>账号 %1 已停用，请联系管理员。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>There is no user number %1.</source>
        <translation>没有编号为 %1 的用户。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You cannot switch off your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You cannot change your own role; another administrator can.</source>
        <translation>不能修改自己的角色；可以请另一位管理员修改。</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The account %1 is locked after %2 wrong passwords until %3; wait, or ask the administrator to lift the lock.</source>
        <translation>账号 %1 因连续 %2 次密码错误已锁定至 %3；请稍后再试，或请管理员解除锁定。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The account %1 has no password yet; ask the administrator to set one.</source>
        <translation>账号 %1 尚未设置密码，请联系管理员设置。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 wrong passwords in a row: the account %2 is locked for %3 minutes.</source>
        <translation>连续 %1 次密码错误：账号 %2 已锁定 %3 分钟。</translation>
    </message>
</context>
<context>
    <name>dd::Validate</name>
    <message>
        <location filename="../core/org/validators.cpp" line="+49"/>
        <source>%1 must have 18 characters (it has %2).</source>
        <translation>%1须为18位（现为%2位）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be 17 digits followed by a digit or X.</source>
        <translation>%1须为17位数字加1位数字或X。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 starts with %2, which is not a province code.</source>
        <translation>%1以 %2 开头，这不是有效的省级行政区划代码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains the birth date %2, which does not exist.</source>
        <translation>%1中的出生日期 %2 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains the birth date %2, which is out of range.</source>
        <translation>%1中的出生日期 %2 超出合理范围。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a wrong check digit: the last character should be %2. Please check the number for a typing error.</source>
        <translation>%1校验位不对：最后一位应为 %2。请检查是否输错。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a mobile number: expected 11 digits starting with 13-19, e.g. 13812345678.</source>
        <translation>%1不是有效的手机号：应为以13至19开头的11位数字，例如 13812345678。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a phone number: expected a mobile such as 13812345678 or a landline such as 0532-83881234.</source>
        <translation>%1不是有效的电话号码：应为手机号（如 13812345678）或固定电话（如 0532-83881234）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 must be at most 40 characters (it has %2).</source>
        <translation>%1最多40个字（现为%2个）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>%1 must not contain control characters or line breaks.</source>
        <translation>%1不能包含控制字符或换行。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 may contain only letters, spaces and the middle dot (·); “%2” is not allowed.</source>
        <translation>%1只能包含文字、空格和间隔号（·），不能包含“%2”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be at most %2 characters (it has %3).</source>
        <translation>%1最多 %2 个字（现为 %3 个）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a valid date; expected e.g. 1975-03-08.</source>
        <translation>%1不是有效日期，应形如 1975-03-08。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1须在 %2 至 %3 之间。</translation>
    </message>
</context>
<context>
    <name>dd::WorkCalendar</name>
    <message>
        <location filename="../core/org/workcalendar.cpp" line="+114"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day must be a date in %1.</source>
        <translation>日期必须在 %1 年内。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is listed twice.</source>
        <translation>%1 重复列出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a weekday; only a Saturday or Sunday can be a swapped working day.</source>
        <translation>%1 是工作日；只有周六或周日才能设为调休上班日。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>dd::Xlsx</name>
    <message>
        <location filename="../core/io/xlsx.cpp" line="+35"/>
        <source>%1 cannot be read as an Excel workbook: %2</source>
        <translation>%1 无法作为 Excel 工作簿读取：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the part %1 is missing</source>
        <translation>缺少部件 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the part %1 would unpack to %2 MB, more than a workbook of a street office holds (at most %3 MB); it is refused</source>
        <translation>其中的 %1 解压后有 %2 MB，超过街道工作簿可能的大小（最多 %3 MB），已拒绝读取</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>the part %1 cannot be unpacked</source>
        <translation>部件 %1 无法解压</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the part %1 unpacks to more than %2 MB; it is refused</source>
        <translation>其中的 %1 解压后超过 %2 MB，已拒绝读取</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the sheet %1 has no part</source>
        <translation>工作表 %1 没有对应的部件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it lists no sheets</source>
        <translation>其中没有工作表</translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+11"/>
        <source>it is not a zip archive</source>
        <translation>它不是 zip 压缩包</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no sheet named “%2”; its sheets are: %3.</source>
        <translation>%1 中没有名为“%2”的工作表；现有工作表：%3。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the cell reference %1 names no column of a sheet</source>
        <translation>单元格引用 %1 不是工作表中的列</translation>
    </message>
</context>
<context>
    <name>dd::ZipWriter</name>
    <message>
        <location filename="../core/io/zipwriter.cpp" line="+27"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the part %1 of %2.</source>
        <translation>无法写入 %2 的部件 %1。</translation>
    </message>
</context>
<context>
    <name>dd::cli</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="+167"/>
        <source>usage: init FILE --name NAME [--district NAME] [--city NAME] [--term N] [--year Y]</source>
        <translation>用法：init FILE --name NAME [--district NAME] [--city NAME] [--term N] [--year Y]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--term must be a whole number.</source>
        <translation>--term 须为整数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--year must be a whole number.</source>
        <translation>--year 须为整数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created office file %1 for %2.</source>
        <translation>已为%2新建街道文件 %1。</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Usage: deputydesk-cli [--lang zh_CN|en] COMMAND [ARGUMENTS]

DeputyDesk command line: office files for scripts and IT staff.

Commands:
  init FILE --name NAME [--district NAME] [--city NAME] [--term N] [--year Y]
                      create an office file (term defaults to 18, year to this year)
  demo FILE           create a demo office with sample data
  demo FILE --scale street|stress [--seed N]
                      the same grown to ten years of history (street: 110 deputies,
                      ~1,000 activities, ~1,500 opinions; stress: 100 times that)
  check FILE [--json] check the file; exit 0 only if all is well
  backup FILE --out PATH
                      write a consistent, verified backup (works while the file is open)
  restore BACKUP --out FILE
                      replace FILE by a verified backup; the replaced file is kept beside it
  upgrade FILE        bring a file of an older version to this one (a verified copy
                      of the old file is kept beside it first)
  info FILE [--json]  office settings, schema version, rows per table
  deputies FILE [--json]
                      list the deputies (ID numbers and phones masked)
  groups FILE [--json] list the deputy groups with leader and member count
  import FILE deputies ROSTER [--dry-run] [--sheet NAME] [--json]
                      import a roster (.xlsx, or .csv in UTF-8 or GB18030); all or nothing:
                      any bad row means nothing is written and every bad row is listed
  export FILE deputies OUT [--unmasked]
                      write the roster as .xlsx or .csv (masked unless --unmasked, admin only)
  template deputies OUT
                      write a blank roster with the expected columns
  activities FILE --year Y [--kind KIND] [--json]
                      list the year&apos;s activities with their attendance counts
  actions FILE [--open] [--json]
                      list the action items of all meetings (--open: only open ones)
  import FILE activities LOG [--dry-run] [--sheet NAME] [--json]
                      import an activity log (.xlsx or .csv); all or nothing, as the roster
  template activities OUT
                      write a blank activity log with the expected columns
  opinions FILE [--year Y] [--state S] [--overdue] [--json]
                      list residents&apos; opinions (S: a state key such as dispatched, or its
                      Chinese name such as 交办; --overdue: past the deadline today)
  import FILE opinions LEDGER [--dry-run] [--sheet NAME] [--json]
                      import a 民意诉求台账 (.xlsx or .csv); all or nothing
  template opinions OUT
                      write a blank opinion ledger with the expected columns
  stats FILE --year Y [--as-of DATE] [--json]
                      the year&apos;s opinion and suggestion figures (overdue counted at DATE,
                      default today)

Options:
  --break-lock        with restore: break a lock left by a program that is no longer running
                      (an administrator&apos;s)
  --user LOGIN        log in as LOGIN for commands that change a file with passwords
                      (import, export); the password is read from the environment
                      variable DEPUTYDESK_PASSWORD, else from standard input. restore
                      checks LOGIN against the backup: a chair or administrator
  --shared            with import, export, upgrade: the file is on a network share;
                      write it with a rollback journal, not WAL (NFS and SMB mounts
                      are detected without it)
  --lang LANG         zh_CN or en (default: the system language)
  --help              show this help
  --version           show the version

Exit status: 0 success, 1 failure (reason on stderr), 2 wrong usage.</source>
        <translation>用法：deputydesk-cli [--lang zh_CN|en] 命令 [参数]

履职工作台命令行：供脚本和信息技术人员处理街道文件。

命令：
  init FILE --name NAME [--district NAME] [--city NAME] [--term N] [--year Y]
                      新建街道文件（届次默认为 18，年度默认为今年）
  demo FILE           新建带示例数据的演示街道
  demo 文件 --scale street|stress [--seed 数字]
                      同上，扩充为十年的历史数据（street：110 名代表、
                      约 1000 项活动、约 1500 条诉求；stress：其 100 倍）
  check FILE [--json] 检查文件；仅当一切正常时退出码为 0
  backup FILE --out PATH
                      写出一致且经过校验的备份（文件打开时也可进行）
  restore BACKUP --out FILE
                      用经过校验的备份替换 FILE；被替换的文件保留在其旁边
  upgrade FILE        将旧版本的文件升级到本版本（先在旁边保留一份经过校验的
                      旧文件副本）
  info FILE [--json]  本街道设置、数据结构版本、各表行数
  deputies FILE [--json]
                      列出代表（身份证号和电话已脱敏）
  groups FILE [--json] 列出代表小组及其组长和人数
  import FILE deputies ROSTER [--dry-run] [--sheet NAME] [--json]
                      导入代表名册（.xlsx，或 UTF-8、GB18030 编码的 .csv）；全部成功才写入：
                      任何一行有误则不写入任何数据，并列出每一个有误的行
  export FILE deputies OUT [--unmasked]
                      将名册写成 .xlsx 或 .csv（默认脱敏；--unmasked 仅限管理员）
  template deputies OUT
                      写出带规定表头的空白名册
  activities 文件 --year 年份 [--kind 类型] [--json]
                      列出该年的活动及出席人数
  actions 文件 [--open] [--json]
                      列出所有会议的落实事项（--open：只列未完成的）
  import 文件 activities 台账 [--dry-run] [--sheet 工作表名] [--json]
                      导入活动台账（.xlsx 或 .csv）；与名册一样全部成功才写入
  template activities 输出文件
                      写出带规定表头的空白活动台账
  opinions 文件 [--year 年份] [--state 状态] [--overdue] [--json]
                      列出群众诉求（状态：如 dispatched 这样的代码，
                      或“交办”这样的中文名称；--overdue：截至今天已逾期的）
  import 文件 opinions 台账 [--dry-run] [--sheet 工作表名] [--json]
                      导入民意诉求台账（.xlsx 或 .csv）；全部成功才写入
  template opinions 输出文件
                      写出带规定表头的空白民意诉求台账
  stats 文件 --year 年份 [--as-of 日期] [--json]
                      该年的诉求和代表建议统计（逾期按“日期”计算，
                      默认为今天）

选项：
  --break-lock        用于 restore：解除已不在运行的程序留下的锁
                      （仅限管理员）
  --user 用户名       对设有密码的文件执行修改类命令（import、export）时以该用户登录；
                      密码从环境变量 DEPUTYDESK_PASSWORD 读取，
                      未设置时从标准输入读取。restore 按备份文件中的用户核对 LOGIN，
                      须为主任或管理员
  --shared            用于 import、export、upgrade：文件位于网络共享文件夹；
                      写入时使用回滚日志而不是 WAL（NFS 和 SMB 共享
                      无需此选项即可自动识别）
  --lang LANG         zh_CN 或 en（默认跟随系统语言）
  --help              显示本帮助
  --version           显示版本

退出码：0 成功，1 失败（原因见标准错误），2 用法错误。</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>usage: demo FILE [--scale street|stress] [--seed N]</source>
        <translation>用法：demo 文件 [--scale street|stress] [--seed 数字]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--scale is street or stress, --seed a whole number.</source>
        <translation>--scale 为 street 或 stress，--seed 为整数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created demo office file %1 at the %2 scale.</source>
        <translation>已按 %2 规模新建演示街道文件 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created demo office file %1.</source>
        <translation>已新建演示街道文件 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: check FILE [--json]</source>
        <translation>用法：check FILE [--json]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check failed: %1: %2</source>
        <translation>检查未通过：%1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: backup FILE --out PATH</source>
        <translation>用法：backup FILE --out PATH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup written to %1 and verified.</source>
        <translation>备份已写入 %1 并通过校验。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: restore BACKUP --out FILE</source>
        <translation>用法：restore BACKUP --out FILE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The replaced file was kept as %1.</source>
        <translation>被替换的文件已保留为 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: upgrade FILE [--shared]</source>
        <translation>用法：upgrade FILE [--shared]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already has schema version %2; nothing to do.</source>
        <translation>%1 已是数据结构版本 %2，无需升级。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgraded %1 from schema version %2 to %3; the old file was kept as %4.</source>
        <translation>已将 %1 从数据结构版本 %2 升级到 %3；旧文件保留为 %4。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: info FILE [--json]</source>
        <translation>用法：info FILE [--json]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Office: %1</source>
        <translation>街道：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District: %1</source>
        <translation>所属区：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City: %1</source>
        <translation>所属市：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Congress term: %1</source>
        <translation>人大届次：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work year: %1</source>
        <translation>工作年度：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1</source>
        <translation>数据结构版本：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows per table:</source>
        <translation>各表行数：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: deputies FILE [--json]</source>
        <translation>用法：deputies FILE [--json]</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n deputies</source>
        <translation>
            <numerusform>共 %n 名代表</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: import FILE deputies|activities|opinions SHEET [--dry-run] [--sheet NAME] [--json]</source>
        <translation>用法：import 文件 deputies|activities|opinions 表格 [--dry-run] [--sheet 工作表名] [--json]</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Wrote a blank activity log with the columns %1 to %2.</source>
        <translation>已将带有表头 %1 的空白活动台账写入 %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliactivities.cpp" line="+16"/>
        <source>usage: activities FILE --year Y [--kind KIND] [--json]</source>
        <translation>用法：activities 文件 --year 年份 [--kind 类型] [--json]</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cliopinions.cpp" line="+32"/>
        <location line="+75"/>
        <source>--year must be a year such as 2025.</source>
        <translation>--year 必须是年份，如 2025。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a kind of activity; the kinds are: %2</source>
        <translation>“%1”不是活动类型；现有类型：%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>expected %1, present %2, on leave %3, absent %4, others %5</source>
        <translation>应到 %1，实到 %2，请假 %3，缺席 %4，其他参加 %5</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n activities</source>
        <translation>
            <numerusform>共 %n 项活动</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: actions FILE [--open] [--json]</source>
        <translation>用法：actions 文件 [--open] [--json]</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../app/cli/cliopinions.cpp" line="-21"/>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n action item(s)</source>
        <translation>
            <numerusform>共 %n 项落实事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../app/cli/cliopinions.cpp" line="+10"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clisupport.h" line="+70"/>
        <source>%n problem(s) in %1; nothing was imported</source>
        <translation>
            <numerusform>%1 中有 %n 处问题；未导入任何数据</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="-16"/>
        <source>usage: export FILE deputies OUT.xlsx|OUT.csv [--unmasked]</source>
        <translation>用法：export FILE deputies OUT.xlsx|OUT.csv [--unmasked]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported the deputies to %1.</source>
        <translation>代表名册已导出到 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrote a blank opinion ledger with the columns %1 to %2.</source>
        <translation>已将带有 %1 列的空白民意诉求台账写入 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: template deputies|activities|opinions OUT.xlsx|OUT.csv</source>
        <translation>用法：template deputies|activities|opinions 输出.xlsx|输出.csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote a blank roster with the columns %1 to %2.</source>
        <translation>已将带表头（%1）的空白名册写入 %2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: groups FILE [--json]</source>
        <translation>用法：groups FILE [--json]</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1	leader: %2	%n member(s)</source>
        <translation>
            <numerusform>%1	组长：%2	%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This office file has passwords: give --user LOGIN and the password in DEPUTYDESK_PASSWORD or on standard input.</source>
        <translation>该街道文件设有密码：请用 --user 用户名 登录，密码放在环境变量 DEPUTYDESK_PASSWORD 中或从标准输入读入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deputydesk-cli upgrade %1 does that.</source>
        <translation>可运行 deputydesk-cli upgrade %1 完成升级。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown command &quot;%1&quot; (--help lists the commands)</source>
        <translation>未知命令“%1”（--help 列出所有命令）</translation>
    </message>
    <message>
        <location filename="../app/cli/cliopinions.cpp" line="-71"/>
        <source>usage: opinions FILE [--year Y] [--state S] [--overdue] [--json]</source>
        <translation>用法：opinions 文件 [--year 年份] [--state 状态] [--overdue] [--json]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a state; the states are: %2</source>
        <translation>“%1”不是状态；状态有：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n opinion(s)</source>
        <translation>
            <numerusform>共 %n 条诉求</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: stats FILE --year Y [--as-of DATE] [--json]</source>
        <translation>用法：stats 文件 --year 年份 [--as-of 日期] [--json]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--as-of must be a date such as 2025-12-31.</source>
        <translation>--as-of 必须是 2025-12-31 这样的日期。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opinions registered in %1 (overdue as of %2):</source>
        <translation>%1 年登记的诉求（逾期按 %2 计算）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  collected %1, accepted %2, not accepted %3, resolved %4 (%5)</source>
        <translation>  收集 %1 件，受理 %2 件，不予受理 %3 件，办结 %4 件（%5）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  escalated %1, overdue %2</source>
        <translation>  上升为代表建议 %1 件，逾期 %2 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  evaluated %1: satisfied %2, basically satisfied %3, dissatisfied %4; satisfaction %5 (strict %6)</source>
        <translation>  已评价 %1 件：满意 %2 件，基本满意 %3 件，不满意 %4 件；满意率 %5（严格满意率 %6）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  average working days to resolve: %1</source>
        <translation>  平均办结用时：%1 个工作日</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Formal suggestions: submitted %1, replied %2 (%3), satisfied with the reply %4</source>
        <translation>代表建议：提交 %1 件，已答复 %2 件（答复率 %3），对答复满意率 %4</translation>
    </message>
</context>
<context>
    <name>dd::sql</name>
    <message>
        <location filename="../core/storage/sql.cpp" line="+19"/>
        <source>The disk is full: the change was not saved, and the file is as it was before. Free some space on the disk and try again.</source>
        <translation>磁盘已满：本次修改没有保存，文件保持原样。请清理磁盘空间后重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database statement failed: %1 (%2)</source>
        <translation>数据库语句执行失败：%1（%2）</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>No open SQLite connection.</source>
        <translation>没有打开的 SQLite 连接。</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Database script failed: %1</source>
        <translation>数据库脚本执行失败：%1</translation>
    </message>
</context>
<context>
    <name>dd::ui::ActionItemTableModel</name>
    <message>
        <location filename="../ui/models/actionitemtablemodel.cpp" line="+38"/>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action item</source>
        <translation>落实事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible</source>
        <translation>责任单位或责任人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>所属会议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held on</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completion note</source>
        <translation>完成情况</translation>
    </message>
</context>
<context>
    <name>dd::ui::ActionItemsPage</name>
    <message>
        <location filename="../ui/pages/actionitemspage.cpp" line="+28"/>
        <source>Only &amp;open items</source>
        <translation>只看未完成(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Update…</source>
        <translation>更新(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;meeting…</source>
        <translation>打开所属会议(&amp;M)…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Action item</source>
        <translation>落实事项</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>&lt;h2&gt;Action items&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;落实事项&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Action items</source>
        <translation>落实事项</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+47"/>
        <source>Reading the action items</source>
        <translation>读取落实事项</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>完成时限(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Completion note:</source>
        <translation>完成情况(&amp;C)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the action item</source>
        <translation>保存落实事项</translation>
    </message>
</context>
<context>
    <name>dd::ui::ActivitiesPage</name>
    <message>
        <location filename="../ui/pages/activitiespage.cpp" line="+48"/>
        <source>Opening the activity</source>
        <translation>打开活动</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;planned and not held</source>
        <translation>显示计划和未举行的活动(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New activity…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+191"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes as &amp;Word…</source>
        <translation>纪要导出 Word(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import log…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurring p&amp;lans…</source>
        <translation>周期计划(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kinds…</source>
        <translation>活动类型(&amp;K)…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Minutes as PD&amp;F…</source>
        <translation>纪要导出 PDF(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prin&amp;t minutes…</source>
        <translation>打印纪要(&amp;T)…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;h2&gt;Activities and meetings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;活动与会议&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Activities</source>
        <translation>活动与会议</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the activities</source>
        <translation>读取活动</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n activities held</source>
        <translation>
            <numerusform>已举行 %n 项活动</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Record…</source>
        <translation>补录此活动(&amp;R)…</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+8"/>
        <source>Delete activity</source>
        <translation>删除活动</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete “%1” with its attendance, minutes and %n action item(s)? This cannot be undone (the audit log keeps what it held).</source>
        <translation>
            <numerusform>删除“%1”及其出席情况、纪要和 %n 项未落实事项吗？此操作无法撤销（审计日志会保留其内容）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+14"/>
        <source>Deleting the activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the minutes as PDF</source>
        <translation>将纪要保存为 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the minutes for Word</source>
        <translation>将纪要保存为 Word 文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the minutes</source>
        <translation>保存纪要</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Printing the minutes</source>
        <translation>打印纪要</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Import an activity log</source>
        <translation>导入活动台账</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing the activity log</source>
        <translation>导入活动台账</translation>
    </message>
</context>
<context>
    <name>dd::ui::ActivityDialog</name>
    <message>
        <location filename="../ui/dialogs/activitydialog.cpp" line="+55"/>
        <source>Activity: %1</source>
        <translation>活动：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Particulars</source>
        <translation>基本信息(&amp;P)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A&amp;ttendance</source>
        <translation>出席情况(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes and topics</source>
        <translation>议题与纪要(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acti&amp;on items</source>
        <translation>落实事项(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hecklist</source>
        <translation>会议流程(&amp;H)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date and time</source>
        <translation>日期和时间(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue or place</source>
        <translation>阵地或地点(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group</source>
        <translation>所属小组(&amp;G)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Tit&amp;le</source>
        <translation>标题(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>O&amp;rganiser</source>
        <translation>组织者(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comm&amp;unity</source>
        <translation>社区(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ho&amp;st</source>
        <translation>主持人(&amp;S)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>From a resident&apos;s opinion</source>
        <translation>来自民意诉求</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add a topic</source>
        <translation>添加议题(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+109"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>“%1” is a resident&apos;s opinion turned into a topic of this meeting; it stays among the topics (its words may change).</source>
        <translation>“%1”是由居民诉求转为的本次会议议题，须保留在议题中（文字可以修改）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Italic</source>
        <translation>倾斜</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Topics:</source>
        <translation>议题：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decisions:</source>
        <translation>议定事项：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Action item</source>
        <translation>落实事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>责任单位或责任人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completion note</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add an &amp;action item</source>
        <translation>添加落实事项(&amp;A)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>What was agreed, who carries it out, by when. Open items appear in the list of action items across all meetings.</source>
        <translation>议定了什么、由谁落实、何时完成。未完成的事项会出现在所有会议的落实事项清单中。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 of %2 steps done</source>
        <translation>已完成 %1/%2 个环节</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Reason for the change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity was held more than 30 days ago. Why is its attendance being changed? (Kept in the audit log.)</source>
        <translation>该活动举行已超过 30 天。为什么要修改出席情况？（将记入审计日志。）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the activity</source>
        <translation>保存活动</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving the changes to this activity?</source>
        <translation>不保存对该活动的修改就关闭吗？</translation>
    </message>
</context>
<context>
    <name>dd::ui::ActivityTableModel</name>
    <message>
        <location filename="../ui/models/activitytablemodel.cpp" line="+196"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <comment>an activity&apos;s group</comment>
        <translation>所属小组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present</source>
        <comment>attendance count</comment>
        <translation>实到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Others</source>
        <translation>其他参加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist</source>
        <translation>会议流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open items</source>
        <translation>未落实</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>dd::ui::AttendancePanel</name>
    <message>
        <location filename="../ui/widgets/attendancepanel.cpp" line="+40"/>
        <source>Add the whole &amp;group</source>
        <translation>添加整个小组(&amp;G)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected deputies (tick, or type a name and press Enter):</source>
        <translation>应到代表（勾选，或输入姓名后按回车）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason for leave</source>
        <translation>请假事由</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark the selected row: 1 or P present, 2 or L on leave, 3 or A absent; Ctrl+Z undoes.</source>
        <translation>标记所选行：1 或 P 出席，2 或 L 请假，3 或 A 缺席；Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an orga&amp;nisation</source>
        <translation>添加单位(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other participants</source>
        <translation>其他参加人员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Residents:</source>
        <translation>居民人数：</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>Expected %1 · present %2 · on leave %3 · absent %4</source>
        <translation>应到 %1 人 · 实到 %2 人 · 请假 %3 人 · 缺席 %4 人</translation>
    </message>
</context>
<context>
    <name>dd::ui::AuditDialog</name>
    <message>
        <location filename="../ui/dialogs/auditdialog.cpp" line="+37"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From</source>
        <translation>开始日期(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Entry %1: %2 %3</source>
        <translation>第 %1 条：%2 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As stored:
Before: %1
After: %2</source>
        <translation>原始记录：
修改前：%1
修改后：%2</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Record</source>
        <translation>记录号</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Text in the record, e.g. a name or a state</source>
        <translation>记录中的文字，如姓名、状态</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The newest %1 of more than %2 entries; narrow the filter to see older ones.</source>
        <translation>显示最新的 %1 条，共超过 %2 条；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest %1 of %2 entries; narrow the filter to see older ones.</source>
        <translation>显示最新的 %1 条，共 %2 条；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n entries.</source>
        <translation>
            <numerusform>共 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>audit-trail.xlsx</source>
        <translation>审计日志.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting the audit trail…</source>
        <translation>正在导出审计日志…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export the audit trail</source>
        <translation>无法导出审计日志</translation>
    </message>
</context>
<context>
    <name>dd::ui::BackupsDialog</name>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="+23"/>
        <source>&amp;Restore this backup…</source>
        <translation>从此备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the &amp;folder…</source>
        <translation>更改文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A backup is made when the file is closed and every %1 minutes while it is being changed. Kept: every backup of the last 24 hours, and the newest of each of the last 14 days, 8 weeks and 12 months.</source>
        <translation>关闭文件时、以及修改期间每 %1 分钟，程序会自动备份一次。保留：最近 24 小时内的全部备份，以及最近 14 天、8 周、12 个月中每天、每周、每月最新的一份。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Folder for the backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
</context>
<context>
    <name>dd::ui::CalendarPage</name>
    <message>
        <location filename="../ui/pages/calendarpage.cpp" line="+44"/>
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;■ held&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#1e55a0&apos;&gt;■ planned&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#b00020&apos;&gt;■ not held&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b5e20&apos;&gt;■ 已举行&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#1e55a0&apos;&gt;■ 计划中&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#b00020&apos;&gt;■ 未举行&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This month (Enter opens or records):</source>
        <translation>本月活动（按回车打开或补录）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;Calendar&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;活动日历&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calendar</source>
        <translation>活动日历</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the calendar</source>
        <translation>读取日历</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>This month: %1 held, %2 planned, %3 not held</source>
        <translation>本月：已举行 %1 项，计划中 %2 项，未举行 %3 项</translation>
    </message>
</context>
<context>
    <name>dd::ui::CategoriesDialog</name>
    <message>
        <location filename="../ui/dialogs/opinionsetupdialogs.cpp" line="+48"/>
        <source>Opinion categories</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;tire / restore</source>
        <translation>停用/恢复(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A retired category is kept on the opinions that use it but not offered for new ones.</source>
        <translation>停用的类别仍保留在已使用它的诉求上，但登记新诉求时不再提供。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>New category</source>
        <translation>新建类别</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+21"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+23"/>
        <location line="+16"/>
        <source>Saving the category</source>
        <translation>保存类别</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+9"/>
        <source>Rename category</source>
        <translation>重命名类别</translation>
    </message>
</context>
<context>
    <name>dd::ui::CheckList</name>
    <message>
        <location filename="../ui/widgets/checklist.cpp" line="+30"/>
        <location line="+54"/>
        <source>Filter: name, pinyin or initials</source>
        <translation>筛选：姓名、拼音或首字母</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Filter, or type a new name and press Enter</source>
        <translation>筛选，或输入新名称后按回车添加</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Ticked only (%1)</source>
        <translation>只看已选（%1）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New: created when saved</source>
        <translation>新建：保存时创建</translation>
    </message>
</context>
<context>
    <name>dd::ui::CommunitiesPage</name>
    <message>
        <location filename="../ui/pages/communitiespage.cpp" line="+13"/>
        <source>Communities and grids</source>
        <translation>社区与网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;community…</source>
        <translation>新建社区(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;grid…</source>
        <translation>新建网格(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electoral districts</source>
        <translation>选区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Name</source>
        <comment>of a place or body</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Communities</source>
        <translation>社区与网格</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Communities: %1, grids: %2</source>
        <translation>社区 %1 个，网格 %2 个</translation>
    </message>
</context>
<context>
    <name>dd::ui::ContactsPage</name>
    <message>
        <location filename="../ui/pages/contactspage.cpp" line="+17"/>
        <source>Committee members</source>
        <translation>工委成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observers</source>
        <translation>民情观察员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling units</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h2&gt;Committee, observers and handling units&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;工委成员、民情观察员与承办单位&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Committee and units</source>
        <translation>工委与单位</translation>
    </message>
</context>
<context>
    <name>dd::ui::DeputiesPage</name>
    <message>
        <location filename="../ui/pages/deputiespage.cpp" line="+34"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;leaving…</source>
        <translation>登记离任(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank &amp;template…</source>
        <translation>空白模板(&amp;T)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import a roster from Excel/WPS (.xlsx) or .csv; it is checked first and nothing is written if any row is wrong.</source>
        <translation>从 Excel/WPS（.xlsx）或 .csv 导入名册；先检查，任何一行有误都不会写入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search: name, pinyin or initials (e.g. 张三, zhangsan, zs)</source>
        <translation>搜索：姓名、拼音或首字母（如 张三、zhangsan、zs）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;h2&gt;Deputies&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;代表&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All groups</source>
        <translation>全部小组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Cannot read the deputies</source>
        <translation>无法读取代表名单</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deputies shown</source>
        <translation>
            <numerusform>显示 %n 名代表</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot open the deputy</source>
        <translation>无法打开该代表</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record leaving</source>
        <translation>登记离任</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The deputy stays in the roster and in every record, marked as left.</source>
        <translation>该代表仍保留在名册和所有记录中，标记为离任。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of leaving:</source>
        <translation>离任日期：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot record the leaving</source>
        <translation>无法登记离任</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete deputy</source>
        <translation>删除代表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from the roster for good? This is only for entries made by mistake; a deputy who left should be recorded as leaving instead.</source>
        <translation>要从名册中永久删除%1吗？删除只用于纠正录错的记录；代表离任请改为登记离任。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot delete the deputy</source>
        <translation>无法删除该代表</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import a roster</source>
        <translation>导入代表名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rosters (%1)</source>
        <translation>名册文件 (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <location line="+11"/>
        <source>Export the roster</source>
        <translation>导出代表名册</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>deputies.xlsx</source>
        <translation>代表名册.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Include full ID numbers and phone numbers? Say no unless the file is for a trusted recipient; a full export is recorded in the audit log.</source>
        <translation>导出完整的身份证号和电话号码吗？除非文件交给可信的接收方，否则请选“否”；完整导出会记入审计日志。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The roster was written to %1.</source>
        <translation>名册已写入 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save a blank roster</source>
        <translation>保存空白名册</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>roster-template.xlsx</source>
        <translation>代表名册模板.xlsx</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the template</source>
        <translation>无法写入模板</translation>
    </message>
</context>
<context>
    <name>dd::ui::DeputyDialog</name>
    <message>
        <location filename="../ui/dialogs/deputydialog.cpp" line="+34"/>
        <source>Edit deputy</source>
        <translation>编辑代表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New deputy</source>
        <translation>新增代表</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. 1975-03-08 (filled from the ID number)</source>
        <translation>如 1975-03-08（可由身份证号自动填写）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>e.g. 第十八届</source>
        <translation>如 第十八届</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 法律服务、医疗卫生</source>
        <translation>如 法律服务、医疗卫生</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 2026-06-30</source>
        <translation>如 2026-06-30</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Cannot show the full value</source>
        <translation>无法显示完整信息</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 “%2” is not a date; write it like 1975-03-08 or 1975年3月8日.</source>
        <translation>%1“%2”不是日期，请写成 1975-03-08 或 1975年3月8日。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot save the deputy</source>
        <translation>无法保存该代表</translation>
    </message>
</context>
<context>
    <name>dd::ui::Errors</name>
    <message>
        <location filename="../ui/errors.cpp" line="+32"/>
        <source>SQLite result code: %1</source>
        <translation>SQLite 返回码：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping after the step under way…</source>
        <translation>正在完成当前步骤后停止…</translation>
    </message>
</context>
<context>
    <name>dd::ui::GroupDialog</name>
    <message>
        <location filename="../ui/dialogs/groupdialog.cpp" line="+29"/>
        <source>Edit group</source>
        <translation>编辑小组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New group</source>
        <translation>新建小组</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Member</source>
        <translation>组员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tick the deputies in the group:</source>
        <translation>勾选小组成员：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members and their roles:</source>
        <translation>成员及职务：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group</source>
        <translation>小组信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving the group</source>
        <translation>保存小组</translation>
    </message>
</context>
<context>
    <name>dd::ui::GroupsPage</name>
    <message>
        <location filename="../ui/pages/groupspage.cpp" line="+22"/>
        <source>&amp;New group…</source>
        <translation>新建小组(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Name</source>
        <comment>of a place or body</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>品牌名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home venue</source>
        <translation>活动阵地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation>联系社区</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h2&gt;Deputy groups&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;代表小组&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Groups</source>
        <translation>代表小组</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading the groups</source>
        <translation>读取代表小组</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个小组</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Opening the group</source>
        <translation>打开小组</translation>
    </message>
</context>
<context>
    <name>dd::ui::Import</name>
    <message>
        <location filename="../ui/errors.cpp" line="+31"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import now?</source>
        <translation>现在导入吗？</translation>
    </message>
</context>
<context>
    <name>dd::ui::IntegrityDialog</name>
    <message>
        <location filename="../ui/dialogs/integritydialog.cpp" line="+14"/>
        <source>Integrity check</source>
        <translation>完整性检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The office file is in good order.&lt;/b&gt;</source>
        <translation>&lt;b&gt;街道文件完好。&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;Problems were found.&lt;/b&gt; The file was not changed; restore a backup if records are missing.</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;发现问题。&lt;/b&gt;文件未被改动；如有记录缺失，请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>dd::ui::KindsDialog</name>
    <message>
        <location filename="../ui/dialogs/activitysetupdialogs.cpp" line="+47"/>
        <source>Retired (kept for old records)</source>
        <translation>停用（保留供旧记录使用）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kinds of activity</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes &amp;headings (one per line)</source>
        <translation>纪要标题（每行一个）(&amp;H)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New kind</source>
        <translation>新建类型(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save kind</source>
        <translation>保存类型(&amp;S)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Saving the kind</source>
        <translation>保存活动类型</translation>
    </message>
</context>
<context>
    <name>dd::ui::LogInDialog</name>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="+78"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Log in to %1.</source>
        <translation>登录 %1。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>dd::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+115"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New office file…</source>
        <translation>新建街道文件(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent &amp;offices</source>
        <translation>最近打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the &amp;demo office</source>
        <translation>打开演示街道(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic bac&amp;kups…</source>
        <translation>自动备份(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Integrity check</source>
        <translation>完整性检查(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a &amp;network share</source>
        <translation>位于网络共享文件夹(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file lies in a folder other computers use too: write it with a rollback journal, each change synced whole (NFS and SMB shares are detected).</source>
        <translation>文件位于其他电脑也在使用的文件夹中：使用回滚日志写入，每次修改都完整同步到磁盘（NFS 和 SMB 共享会自动识别）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Users and passwords…</source>
        <translation>用户和密码(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Audit trail…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close office</source>
        <translation>关闭街道文件(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo typing</source>
        <translation>撤销输入(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo typing</source>
        <translation>重做输入(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;vert changes</source>
        <translation>放弃修改(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About DeputyDesk</source>
        <translation>关于履职工作台(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Supervision: %1 opinions overdue, %2 due within 3 working days (Residents&apos; opinions, Ctrl+Shift+1).</source>
        <translation>督办提醒：%1 件诉求已逾期，%2 件 3 个工作日内到期（民意诉求，Ctrl+Shift+1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the opinions</source>
        <translation>读取诉求</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DeputyDesk — Street People&apos;s Congress Workbench</source>
        <translation>街道人大工委履职工作台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No office file open.</source>
        <translation>未打开街道文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the office settings</source>
        <translation>无法读取本街道设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office: %1</source>
        <translation>街道：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work year: %1</source>
        <translation>工作年度：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User: %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot create the demo office</source>
        <translation>无法新建演示街道</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The automatic backup failed: %1
The office file itself is saved and unchanged. Close it anyway?</source>
        <translation>自动备份失败：%1
街道文件本身已保存，没有受影响。仍然关闭吗？</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Office file not found</source>
        <translation>找不到街道文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer there. It was moved, renamed or deleted, or its drive is not connected.

Remove it from the recent office files? The list forgets it; nothing is deleted.</source>
        <translation>%1 已不在原处：文件可能已被移动、改名或删除，或者所在的磁盘没有连接。

要把它从最近打开的街道文件中移除吗？只从列表中去掉，不删除任何文件。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (file not found)</source>
        <translation>%1（找不到文件）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the office file</source>
        <translation>无法新建街道文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open office file</source>
        <translation>打开街道文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>DeputyDesk office files (%1);;All files (*)</source>
        <translation>履职工作台街道文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up the office file to</source>
        <translation>将街道文件备份到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DeputyDesk office files (%1)</source>
        <translation>履职工作台街道文件 (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing and checking the backup…</source>
        <translation>正在写入并校验备份…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup written</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was written to %1 and checked.</source>
        <translation>备份已写入 %1 并通过校验。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <location line="+16"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Replace the open office file
%1
with the backup
%2?

The current file is backed up first and kept beside it, so this can be undone by restoring that copy.</source>
        <translation>用备份
%2
替换当前打开的街道文件
%1
吗？

当前文件会先备份，并另存一份在旁边，恢复那份副本即可撤销。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The current file could not be backed up first, so nothing was restored: %1</source>
        <translation>无法先备份当前文件，因此没有恢复：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking and restoring the backup…</source>
        <translation>正在校验并恢复备份…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored</source>
        <translation>恢复完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office file was restored. The replaced file was kept as %1.</source>
        <translation>街道文件已恢复。被替换的文件已保留为 %1。</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+22"/>
        <source>The restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the office file…</source>
        <translation>正在检查街道文件…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check could not run</source>
        <translation>无法进行检查</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check was stopped before it finished.</source>
        <translation>检查在完成前已停止。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a new password for %1.</source>
        <translation>为 %1 设置新密码。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Network share</source>
        <translation>网络共享文件夹</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Another program is reading the file; the change takes effect when it is next opened.</source>
        <translation>另一个程序正在读取此文件；这项设置将在下次打开文件时生效。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>About DeputyDesk</source>
        <translation>关于履职工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;DeputyDesk %1&lt;/h3&gt;&lt;p&gt;Workbench of the street people&apos;s congress work committee: deputies, meetings, residents&apos; opinions, ballots, registers and reports, in one file per street office.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;街道人大工委履职工作台 %1&lt;/h3&gt;&lt;p&gt;代表、活动与会议、民意诉求、评单投票、台账与报告——一个街道一个文件。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dd::ui::NewOfficeDialog</name>
    <message>
        <location filename="../ui/dialogs/newofficedialog.cpp" line="+23"/>
        <source>New office file</source>
        <translation>新建街道文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 市西街道</source>
        <translation>例如：市西街道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save the new office file as</source>
        <translation>新街道文件另存为</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DeputyDesk office files (*.ddoffice)</source>
        <translation>履职工作台街道文件 (*.ddoffice)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File: choose where to save the office file.</source>
        <translation>文件：请选择街道文件的保存位置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: %1 already exists; choose another name.</source>
        <translation>文件：%1 已存在，请另取一个名称。</translation>
    </message>
</context>
<context>
    <name>dd::ui::NewUserDialog</name>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="+229"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>dd::ui::NominationDialog</name>
    <message>
        <location filename="../ui/dialogs/selectiondialogs.cpp" line="+172"/>
        <source>A party organisation</source>
        <translation>党组织推荐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 or more residents jointly</source>
        <translation>10 名以上居民联名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nominate a candidate</source>
        <translation>推荐人选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 1975-03-08 (filled from the ID number)</source>
        <translation>如 1975-03-08（可由身份证号自动填写）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Party Committee</source>
        <translation>党委</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One resident per line: name, then the address (e.g. 王芳 向阳小区3号楼)</source>
        <translation>每行一位居民：姓名，后接住址（如：王芳 向阳小区3号楼）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Political affiliation</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>界别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work unit and post</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominated by</source>
        <translation>推荐方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party organisation</source>
        <translation>推荐党组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominating residents</source>
        <translation>联名居民</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Birth date is not a date; expected e.g. 1975-03-08.</source>
        <translation>出生日期不是有效日期，应形如 1975-03-08。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving the nomination</source>
        <translation>保存推荐人选</translation>
    </message>
</context>
<context>
    <name>dd::ui::NoticeStartDialog</name>
    <message>
        <location line="+9"/>
        <source>Start the public notice</source>
        <translation>开始公示</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The notice ends on %1, 3 working days later.</source>
        <translation>公示于 3 个工作日后的 %1 结束。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice starts on:</source>
        <translation>公示开始日期：</translation>
    </message>
</context>
<context>
    <name>dd::ui::ObjectionDialog</name>
    <message>
        <location line="+18"/>
        <source>Record objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What was objected to, and by whom?</source>
        <translation>异议内容，由谁提出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objection to %1, on the notice from %2 to %3.</source>
        <translation>对人选“%1”的异议（公示期 %2 至 %3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Received on</source>
        <translation>收到日期(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objection</source>
        <translation>异议内容(&amp;O)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recording the objection</source>
        <translation>登记异议</translation>
    </message>
</context>
<context>
    <name>dd::ui::OfficeBackups</name>
    <message>
        <location filename="../ui/officebackups.cpp" line="+121"/>
        <source>Backing up the office file…</source>
        <translation>正在备份街道文件…</translation>
    </message>
</context>
<context>
    <name>dd::ui::OfficeOpener</name>
    <message>
        <location filename="../ui/officeopener.cpp" line="+29"/>
        <source>Office file in use</source>
        <translation>街道文件正在使用中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Break the lock and open</source>
        <translation>解除锁定并打开(&amp;B)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Break the lock</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock is held on another computer (%1). If that program is still running, both could write to the file. Break the lock anyway?</source>
        <translation>该锁由另一台计算机（%1）持有。如果那边的程序仍在运行，两边可能同时写入文件。仍要解除锁定吗？</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Only an administrator may break the lock of %1. Log in as an administrator.</source>
        <translation>只有管理员可以解除 %1 的锁定。请以管理员身份登录。</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Looking for a good backup…</source>
        <translation>正在查找完好的备份…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Damaged office file</source>
        <translation>街道文件已损坏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest backup that passes the check is from %1 (%2). Restore it? The damaged file is kept beside it.</source>
        <translation>通过检查的最新备份是 %1 的（%2）。要从它恢复吗？已损坏的文件会另存在旁边。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking and restoring the backup…</source>
        <translation>正在校验并恢复备份…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored</source>
        <translation>恢复完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was restored. The damaged file was kept as %1.</source>
        <translation>已从备份恢复。已损坏的文件另存为 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Restoring replaces the office file with %1. Log in as a chair or administrator of that backup.</source>
        <translation>恢复会用 %1 替换街道文件。请以该备份中的主任或管理员身份登录。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This office file has no passwords yet. Choose the password of the administrator (user name %1); from now on the file asks for a user name and password when it is opened.</source>
        <translation>该街道文件尚未设置密码。请为管理员（用户名 %1）设置密码；此后打开该文件时需要输入用户名和密码。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Office file upgraded</source>
        <translation>街道文件已升级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was upgraded from schema version %1 to %2. A copy of the old file was kept at %3.</source>
        <translation>文件已从数据结构版本 %1 升级到 %2。旧文件的副本保留在 %3。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Read-only file</source>
        <translation>只读文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it read-only?</source>
        <translation>以只读方式打开吗？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the office file</source>
        <translation>无法打开街道文件</translation>
    </message>
</context>
<context>
    <name>dd::ui::OfficePage</name>
    <message>
        <location filename="../ui/pages/officepage.cpp" line="+21"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. 市西街道</source>
        <translation>例如：市西街道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No. </source>
        <translation>第 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> term</source>
        <translation> 届</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;This office&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;本街道&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The street office this file belongs to. The name and work year appear on every register and report.</source>
        <translation>本文件所属的街道。街道名称和工作年度会出现在每一本台账和每一份报告上。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This file is open read-only: the settings cannot be changed.</source>
        <translation>本文件以只读方式打开，设置不能修改。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>This office</source>
        <translation>本街道</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only an administrator can change the office settings.</source>
        <translation>只有管理员可以修改街道设置。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the office settings</source>
        <translation>无法读取本街道设置</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>未保存：请更正标出的字段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save the office settings</source>
        <translation>无法保存本街道设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>dd::ui::OpinionDialog</name>
    <message>
        <location filename="../ui/dialogs/opiniondialog.cpp" line="+60"/>
        <source>&amp;Opinion</source>
        <translation>诉求信息(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Handling</source>
        <translation>办理(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Supervision</source>
        <translation>督办与再次反映(&amp;S)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Register an opinion</source>
        <translation>登记诉求</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+94"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Grid:</source>
        <translation>网格：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>or group:</source>
        <translation>或代表小组：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cha&amp;nnel</source>
        <translation>来源渠道(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bmitter</source>
        <translation>反映人(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comm&amp;unity</source>
        <translation>社区(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recei&amp;ved by</source>
        <translation>接单代表(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle</source>
        <translation>标题(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;tent</source>
        <translation>内容(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gory</source>
        <translation>类别(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ponsibility</source>
        <translation>责任类别(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority</source>
        <translation>紧急程度(&amp;R)</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Time&amp;line</source>
        <translation>时间线(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Anon&amp;ymous</source>
        <translation>匿名(&amp;Y)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Phon&amp;e</source>
        <translation>联系电话(&amp;E)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lin&amp;k to the selected opinion instead</source>
        <translation>并入所选诉求，不重复登记(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicates (same grid or community, last 90 days):</source>
        <translation>可能重复的诉求（同一网格或社区，近 90 天）：</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+148"/>
        <location line="+5"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <location line="+5"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>From</source>
        <comment>previous state</comment>
        <translation>原状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <comment>person</comment>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>办理内容</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add a supervision record…</source>
        <translation>添加督办记录(&amp;A)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supervision records (督办):</source>
        <translation>督办记录：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raised again by other residents:</source>
        <translation>其他居民再次反映：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opinion: %1</source>
        <translation>诉求：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (left office)</source>
        <translation>%1（已离任）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;State:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;状态：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived on %1. To change it, reopen it with a reason.</source>
        <translation>已于 %1 归档。如需修改，请说明理由后重新打开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Not accepted because:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;不予受理理由：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Handling unit:&lt;/b&gt; %1, dispatched %2, deadline %3</source>
        <translation>&lt;b&gt;承办单位：&lt;/b&gt;%1，%2 交办，办理时限 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Topic of the meeting:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;已转为会议议题：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Completed&lt;/b&gt; %1: %2</source>
        <translation>&lt;b&gt;%1 办结：&lt;/b&gt;%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Reply:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;答复：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Evaluation:&lt;/b&gt; %1 (%2)</source>
        <translation>&lt;b&gt;评价：&lt;/b&gt;%1（%2）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reopen (back to %1)…</source>
        <translation>重新打开（回到%1）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send back to be handled again…</source>
        <translation>退回重办…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>How</source>
        <translation>督办方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <comment>supervisor</comment>
        <translation>督办人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submitter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Linking the opinion</source>
        <translation>并入诉求</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the opinion</source>
        <translation>保存诉求</translation>
    </message>
</context>
<context>
    <name>dd::ui::OpinionStatsPage</name>
    <message>
        <location filename="../ui/pages/opinionstatspage.cpp" line="+119"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue &amp;as of:</source>
        <translation>逾期计算日期(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Breakdown:</source>
        <translation>分类统计(&amp;B)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;h2&gt;Opinion figures&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;诉求统计&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opinions count in the year they were registered. Satisfaction rate = (satisfied + basically satisfied) / evaluated; strict = satisfied / evaluated; resolved = reached 办结 or later; working days follow the office&apos;s calendar.</source>
        <translation>诉求按登记日期计入年度。满意率 =（满意 + 基本满意）/ 已评价；严格满意率 = 满意 / 已评价；办结 = 已到办结及以后环节；工作日按本街道的工作日历计算。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opinion figures</source>
        <translation>诉求统计</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+125"/>
        <source>Collected</source>
        <translation>收集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+127"/>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+127"/>
        <source>Resolution rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated to suggestions</source>
        <translation>上升为代表建议</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+128"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+128"/>
        <source>Evaluated</source>
        <translation>已评价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+131"/>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>&amp;Copy tables</source>
        <translation>复制表格(&amp;C)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Copies both tables, to paste into Excel, WPS or a report (Ctrl+C)</source>
        <translation>复制两张表，可粘贴到 Excel、WPS 表格或报告中（Ctrl+C）</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Strict satisfaction rate</source>
        <translation>严格满意率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average working days to resolve</source>
        <translation>平均办结用时（工作日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions submitted</source>
        <translation>提交代表建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions replied</source>
        <translation>已答复建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply rate</source>
        <translation>答复率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction with replies</source>
        <translation>对答复满意率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opinion figures %1, overdue as of %2</source>
        <translation>%1年诉求统计（逾期计算日期 %2）</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+166"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Average working days</source>
        <translation>平均工作日</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Computing the figures</source>
        <translation>计算统计数据</translation>
    </message>
</context>
<context>
    <name>dd::ui::OpinionTableModel</name>
    <message>
        <location filename="../ui/models/opiniontablemodel.cpp" line="+113"/>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (+%1)</source>
        <translation>（另有 %1 人反映）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received by</source>
        <translation>接单代表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <comment>opinion</comment>
        <translation>办理时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
</context>
<context>
    <name>dd::ui::OpinionTransitionDialog</name>
    <message>
        <location filename="../ui/dialogs/opiniontransitiondialog.cpp" line="+62"/>
        <source>Reopen: %1</source>
        <translation>重新打开：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <location line="+9"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Handling &amp;unit</source>
        <translation>承办单位(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead&amp;line</source>
        <translation>办理时限(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New dead&amp;line</source>
        <translation>新办理时限(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Result</source>
        <translation>办理结果(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ply to the resident</source>
        <translation>答复居民(&amp;P)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Evaluation</source>
        <translation>评价(&amp;E)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Meeting</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On %1</source>
        <translation>关于%1的建议</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggestion &amp;title</source>
        <translation>建议标题(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Congress session</source>
        <translation>会议届次(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umber</source>
        <translation>编号(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Changing the state</source>
        <translation>变更状态</translation>
    </message>
</context>
<context>
    <name>dd::ui::OpinionsPage</name>
    <message>
        <location filename="../ui/pages/opinionspage.cpp" line="+33"/>
        <source>Only &amp;late and due soon</source>
        <translation>只看逾期和临期(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register…</source>
        <translation>登记(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import ledger…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gories…</source>
        <translation>类别设置(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Working days…</source>
        <translation>工作日历(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision &amp;topics…</source>
        <translation>督办议题(&amp;T)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search title, content, submitter</source>
        <translation>搜索标题、内容、反映人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;h2&gt;Residents&apos; opinions&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;民意诉求台账&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Residents&apos; opinions</source>
        <translation>民意诉求</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+115"/>
        <location line="+32"/>
        <source>Reading the opinions</source>
        <translation>读取诉求</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Supervision: nothing overdue or due within 3 working days.</source>
        <translation>督办：没有逾期或 3 个工作日内到期的诉求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Supervision:&lt;/b&gt; &lt;span style=&apos;color:#b00020&apos;&gt;%1 overdue&lt;/span&gt;, &lt;span style=&apos;color:#8a5a00&apos;&gt;%2 due within 3 working days&lt;/span&gt; — &lt;a href=&apos;flagged&apos;&gt;list them&lt;/a&gt;</source>
        <translation>&lt;b&gt;督办提醒：&lt;/b&gt;&lt;span style=&apos;color:#b00020&apos;&gt;%1 件已逾期&lt;/span&gt;，&lt;span style=&apos;color:#8a5a00&apos;&gt;%2 件 3 个工作日内到期&lt;/span&gt; — &lt;a href=&apos;flagged&apos;&gt;查看&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n opinion(s)</source>
        <translation>
            <numerusform>共 %n 条诉求</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Opening the opinion</source>
        <translation>打开诉求</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete opinion</source>
        <translation>删除诉求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”, registered on %2? Only an opinion entered by mistake should be deleted; this cannot be undone.</source>
        <translation>删除 %2 登记的“%1”吗？只应删除误登记的诉求；删除后无法恢复。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleting the opinion</source>
        <translation>删除诉求</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>Import an opinion ledger</source>
        <translation>导入民意诉求台账</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing the opinion ledger</source>
        <translation>导入民意诉求台账</translation>
    </message>
</context>
<context>
    <name>dd::ui::OrderedChoices</name>
    <message>
        <location filename="../ui/widgets/orderedchoices.cpp" line="+29"/>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
</context>
<context>
    <name>dd::ui::Page</name>
    <message>
        <location filename="../ui/page.cpp" line="+12"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page “%1” has changes that are not saved. Save them?</source>
        <translation>“%1”页面有未保存的修改。要保存吗？</translation>
    </message>
</context>
<context>
    <name>dd::ui::PasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="-217"/>
        <source>Set a password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>再输一遍(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least 8 characters.</source>
        <translation>至少 8 个字符。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>dd::ui::PlansDialog</name>
    <message>
        <location filename="../ui/dialogs/activitysetupdialogs.cpp" line="+13"/>
        <source>Recurring plans</source>
        <translation>周期计划</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>小组信息</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open-ended</source>
        <translation>长期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeats</source>
        <translation>重复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month of the period</source>
        <translation>周期内第几个月(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day of the month</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime</source>
        <translation>时间(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group (its members are expected)</source>
        <translation>小组（其成员为应到代表）(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue</source>
        <translation>阵地(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>开始日期(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until</source>
        <translation>截止日期(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New plan</source>
        <translation>新建计划(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save plan</source>
        <translation>保存计划(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete plan</source>
        <translation>删除计划(&amp;L)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the plan “%1”? Activities already recorded for it are kept.</source>
        <translation>删除计划“%1”吗？已按该计划记录的活动会保留。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting the plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Saving the plan</source>
        <translation>保存计划</translation>
    </message>
</context>
<context>
    <name>dd::ui::QuotasDialog</name>
    <message>
        <location filename="../ui/dialogs/selectiondialogs.cpp" line="-275"/>
        <source>Quotas</source>
        <translation>名额结构</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove row</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How many places each sector, affiliation or community should have among the candidates:</source>
        <translation>人选中各界别、政治面貌或社区应占的名额：</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Saving the quotas</source>
        <translation>保存名额结构</translation>
    </message>
</context>
<context>
    <name>dd::ui::RecordActions</name>
    <message>
        <location filename="../ui/widgets/recordactions.cpp" line="+28"/>
        <source>Opening the %1</source>
        <translation>打开%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the %1 “%2”? This cannot be undone.</source>
        <translation>删除%1“%2”？删除后无法恢复。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting the %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>dd::ui::RecordDialog</name>
    <message>
        <location filename="../ui/dialogs/recorddialog.cpp" line="+29"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Showing the full value</source>
        <translation>显示完整内容</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>dd::ui::RecordForm</name>
    <message>
        <location filename="../ui/widgets/recordform.cpp" line="+31"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the full value is recorded in the audit log.</source>
        <translation>显示完整内容会记入审计日志。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. 13812345678 or 0532-83881234</source>
        <translation>如 13812345678 或 0532-83881234</translation>
    </message>
</context>
<context>
    <name>dd::ui::RecordTable</name>
    <message>
        <location filename="../ui/widgets/recordtable.cpp" line="+19"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading the list</source>
        <translation>读取列表</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterImportDialog</name>
    <message>
        <location filename="../ui/dialogs/rosterimportdialog.cpp" line="+25"/>
        <source>Import roster: %1</source>
        <translation>导入代表名册：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import these deputies now?</source>
        <translation>现在导入这些代表吗？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The import failed; nothing was written</source>
        <translation>导入失败，未写入任何数据</translation>
    </message>
</context>
<context>
    <name>dd::ui::RoundDialog</name>
    <message>
        <location filename="../ui/dialogs/selectiondialogs.cpp" line="-112"/>
        <source>Edit selection round</source>
        <translation>编辑推选轮次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New selection round</source>
        <translation>新建推选轮次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2026年议事代表推选</source>
        <translation>如：2026年议事代表推选</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round</source>
        <translation>推选轮次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the round</source>
        <translation>保存推选轮次</translation>
    </message>
</context>
<context>
    <name>dd::ui::SelectionPage</name>
    <message>
        <location filename="../ui/pages/selectionpage.cpp" line="+53"/>
        <source>By</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candidates</source>
        <translation>人选</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>是否达到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Political affiliation</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sector</source>
        <translation>界别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nominated by</source>
        <translation>推荐方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open objections</source>
        <translation>待处理异议</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;New round…</source>
        <translation>新建轮次(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit round…</source>
        <translation>编辑轮次…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quotas…</source>
        <translation>名额结构(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ominate…</source>
        <translation>推荐人选(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass review</source>
        <translation>审查通过(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not pass…</source>
        <translation>审查不通过…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start public &amp;notice…</source>
        <translation>开始公示(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;objection…</source>
        <translation>登记异议(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal with objection…</source>
        <translation>处理异议…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confirm list</source>
        <translation>确认名单(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print notice…</source>
        <translation>打印公示(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice as P&amp;DF…</source>
        <translation>公示另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round:</source>
        <translation>推选轮次：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Quotas&lt;/b&gt;</source>
        <translation>&lt;b&gt;名额结构&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h2&gt;Choosing deliberation representatives (两下两上)&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;议事代表推选（两下两上）&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Candidates&lt;/b&gt;</source>
        <translation>&lt;b&gt;推荐人选&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selection</source>
        <translation>议事代表推选</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 seats, %2 candidates still in the round.</source>
        <translation>名额 %1 名，在选人选 %2 名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list has been confirmed.</source>
        <translation>名单已确认。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public notice from %1 to %2.</source>
        <translation>公示期：%1至%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nominations and reviews are open.</source>
        <translation>正在推荐和审查。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not met</source>
        <translation>未达到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <comment>quota state</comment>
        <translation>已达到</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n resident(s) jointly</source>
        <translation>
            <numerusform>%n 名居民联名</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the selection round</source>
        <translation>读取推选轮次</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Pass joint review</source>
        <translation>联审通过(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass preliminary review</source>
        <translation>初审通过(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list can be confirmed after the notice ends on %1.</source>
        <translation>公示期于 %1 结束，期满后可确认名单。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 selection of deliberation representatives</source>
        <translation>%1年议事代表推选</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Does not pass</source>
        <translation>审查不通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why does the candidate not pass the review?</source>
        <translation>该人选未通过审查的原因：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recording the review</source>
        <translation>记录审查结果</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starting the public notice</source>
        <translation>开始公示</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+12"/>
        <source>Deal with objection</source>
        <translation>处理异议</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Objection received on %1:

%2

Is it upheld? An upheld objection takes the candidate off the list.</source>
        <translation>%1 收到的异议：

%2

异议是否成立？异议成立的人选将从名单中去除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upheld</source>
        <translation>异议成立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed</source>
        <translation>异议不成立</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was found:</source>
        <translation>核查情况：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dealing with the objection</source>
        <translation>处理异议</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Confirm list</source>
        <translation>确认名单</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Confirm the candidates on the notice as deliberation representatives? They are added to the roster.</source>
        <translation>确认公示名单中的人选为议事代表？他们将被加入代表名册。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n deliberation representative(s) confirmed.</source>
        <translation>
            <numerusform>已确认 %n 名议事代表。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirming the list</source>
        <translation>确认名单</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the notice as PDF</source>
        <translation>将公示另存为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving the notice</source>
        <translation>保存公示</translation>
    </message>
</context>
<context>
    <name>dd::ui::StartPage</name>
    <message>
        <location filename="../ui/pages/startpage.cpp" line="+20"/>
        <source>&lt;h1&gt;DeputyDesk&lt;/h1&gt;&lt;p&gt;Workbench of the street people&apos;s congress work committee. One file per street office, kept on this computer.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;街道人大工委履职工作台&lt;/h1&gt;&lt;p&gt;一个街道一个文件，保存在本机。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New office file…</source>
        <translation>新建街道文件(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open office file…</source>
        <translation>打开街道文件(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo office</source>
        <translation>打开演示街道(&amp;D)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Remove from the list</source>
        <translation>从列表中移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No office file opened yet. Create one, or try the demo office.</source>
        <translation>还没有打开过街道文件。请新建一个，或先试试演示街道。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent office files (double-click or Enter to open, Delete to remove from the list):</source>
        <translation>最近打开的街道文件（双击或按回车打开，按 Delete 键从列表中移除）：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1  (file not found)</source>
        <translation>%1（找不到文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer there: it was moved, renamed or deleted, or its drive is not connected.</source>
        <translation>%1 已不在原处：文件可能已被移动、改名或删除，或者所在的磁盘没有连接。</translation>
    </message>
</context>
<context>
    <name>dd::ui::SuggestionsPage</name>
    <message>
        <location filename="../ui/pages/suggestionspage.cpp" line="+37"/>
        <source>Motion</source>
        <translation>议案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggestion: %1</source>
        <translation>代表建议：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New suggestion</source>
        <translation>新建代表建议</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (leading)</source>
        <translation>%1（领衔）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(add a deputy)</source>
        <translation>（添加代表）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (left office)</source>
        <translation>%1（已离任）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied &amp;on</source>
        <translation>答复日期(&amp;O)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(not yet)</source>
        <translation>（尚未评价）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umber</source>
        <translation>编号(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Congress session</source>
        <translation>会议届次(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submitted on</source>
        <translation>提交日期(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deputies</source>
        <translation>提出代表(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handling unit</source>
        <translation>承办单位(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deputy&apos;s s&amp;atisfaction</source>
        <translation>代表满意度(&amp;A)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reply te&amp;xt</source>
        <translation>答复内容(&amp;X)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reply status</source>
        <translation>答复情况</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not&amp;es</source>
        <translation>备注(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From opinions:</source>
        <translation>来源诉求：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving the suggestion</source>
        <translation>保存代表建议</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;New suggestion…</source>
        <translation>新建建议(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Congress session</source>
        <translation>会议届次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replied</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>代表满意度</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h2&gt;Formal suggestions and motions&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;代表建议与议案&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Formal suggestions</source>
        <translation>代表建议</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+55"/>
        <source>Reading the suggestions</source>
        <translation>读取代表建议</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>共 %n 件建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replied</source>
        <translation>
            <numerusform>%n 件已答复</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+8"/>
        <source>Delete suggestion</source>
        <translation>删除代表建议</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete the suggestion “%1”?</source>
        <translation>删除代表建议“%1”吗？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting the suggestion</source>
        <translation>删除代表建议</translation>
    </message>
</context>
<context>
    <name>dd::ui::SupervisionDialog</name>
    <message>
        <location filename="../ui/dialogs/opiniontransitiondialog.cpp" line="+10"/>
        <source>Supervision record</source>
        <translation>督办记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervised &amp;by</source>
        <translation>督办人(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How</source>
        <translation>督办方式(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving the supervision record</source>
        <translation>保存督办记录</translation>
    </message>
</context>
<context>
    <name>dd::ui::SupervisionTopicsDialog</name>
    <message>
        <location filename="../ui/dialogs/opinionsetupdialogs.cpp" line="+152"/>
        <source>&amp;Withdraw…</source>
        <translation>撤销公告(&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supervision topics</source>
        <translation>督办议题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Announce a topic…</source>
        <translation>公告督办议题(&amp;A)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>单月公告、双月督办: a topic announced in an odd month has its supervision session in the following even month, planned on the activities calendar.</source>
        <translation>单月公告、双月督办：单月公告的督办议题在下一个双月召开督办会，并列入活动日历。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Announced</source>
        <translation>公告日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session planned</source>
        <translation>督办会日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinions</source>
        <translation>来源诉求</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Withdraw the topic</source>
        <translation>撤销督办议题</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Withdraw the supervision topic “%1”, announced on %2? Its session planned for %3 is taken off the calendar. The opinions it concerns are kept.</source>
        <translation>撤销 %2 公告的督办议题“%1”？计划于 %3 举行的督办活动将从日历中移除；所涉及的民意诉求保留。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Withdrawing the topic</source>
        <translation>撤销督办议题</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Announce a supervision topic</source>
        <translation>公告督办议题</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Session planned for %1</source>
        <translation>督办会定于 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Topic</source>
        <translation>议题(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Announced on</source>
        <translation>公告日期(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Opinions concerned</source>
        <translation>涉及的诉求(&amp;O)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Announcing the topic</source>
        <translation>公告督办议题</translation>
    </message>
</context>
<context>
    <name>dd::ui::TreePage</name>
    <message>
        <location filename="../ui/pages/treepage.cpp" line="+51"/>
        <source>Reading the list</source>
        <translation>读取列表</translation>
    </message>
</context>
<context>
    <name>dd::ui::UsersDialog</name>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="+17"/>
        <location line="+68"/>
        <source>S&amp;witch off</source>
        <translation>停用(&amp;W)</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Users and passwords</source>
        <translation>用户和密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>重设密码(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lift the lock</source>
        <translation>解除锁定(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change r&amp;ole…</source>
        <translation>修改角色(&amp;O)…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password yet</source>
        <translation>未设密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>S&amp;witch on</source>
        <translation>启用(&amp;W)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switch off</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch off the account %1? It can no longer log in until it is switched on again; its name stays in the records and the audit trail.</source>
        <translation>要停用账号 %1 吗？停用后不能再登录，直到重新启用；它的名字仍保留在记录和审计日志中。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot switch the account off</source>
        <translation>无法停用账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot switch the account on</source>
        <translation>无法启用账号</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role of %1:</source>
        <translation>%1 的角色：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot change the role</source>
        <translation>无法修改角色</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a new password for %1 and tell it to them in person. It also lifts a lock.</source>
        <translation>为 %1 设置新密码，并当面告知本人。重设密码也会解除锁定。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot lift the lock</source>
        <translation>无法解除锁定</translation>
    </message>
</context>
<context>
    <name>dd::ui::VenuesPage</name>
    <message>
        <location filename="../ui/pages/venuespage.cpp" line="+13"/>
        <source>Venues (1+4+N)</source>
        <translation>履职阵地（1+4+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New venue…</source>
        <translation>新建阵地(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new venue is placed below the selected one.</source>
        <translation>新建的阵地位于所选阵地之下。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Name</source>
        <comment>of a place or body</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible deputies</source>
        <translation>负责代表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Venues</source>
        <translation>履职阵地</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n venue(s)</source>
        <translation>
            <numerusform>%n 处阵地</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::WorkingDaysDialog</name>
    <message>
        <location filename="../ui/dialogs/opinionsetupdialogs.cpp" line="-256"/>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day (YYYY-MM-DD)</source>
        <translation>日期（年-月-日）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a day</source>
        <translation>添加日期(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove the day</source>
        <translation>删除该日期(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the year</source>
        <translation>保存本年(&amp;S)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the changes to %1 first?</source>
        <translation>先保存 %1 年的修改吗？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Monday to Friday are working days except the holidays listed; a Saturday or Sunday listed as a working day is worked in exchange (调休). Deadlines in working days follow this calendar.</source>
        <translation>除列出的节假日外，周一至周五为工作日；列为工作日的周六、周日为调休上班日。以工作日计算的办理时限按此日历计算。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+19"/>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Working day (调休)</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saving the calendar</source>
        <translation>保存工作日历</translation>
    </message>
</context>
</TS>
