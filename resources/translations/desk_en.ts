<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于信访接待台</source>
        <translation>About Petition Reception Desk</translation>
    </message>
    <message>
        <source>信访接待台&#x3000;版本 %1</source>
        <translation>Petition Reception Desk  version %1</translation>
    </message>
    <message>
        <source>村级群众工作站和乡镇信访办的接待、登记、办理与同步工具。离线使用，数据只存在本机。</source>
        <translation>Reception, registration, case handling and sync for village stations and township petition offices. Works offline; the data stays on this computer.</translation>
    </message>
    <message>
        <source>组成部分和许可证</source>
        <translation>Components and licenses</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>组成部分</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>许可证</source>
        <translation>License</translation>
    </message>
    <message>
        <source>随程序附带的字体</source>
        <translation>Fonts included</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <source>账号</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>接待员账号</source>
        <translation>Clerk accounts</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>新增接待员</source>
        <translation>Add clerk</translation>
    </message>
    <message>
        <source>停用/启用</source>
        <translation>Disable/enable</translation>
    </message>
    <message>
        <source>停用或启用账号</source>
        <translation>Disable or enable the account</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>重置所选账号的密码</source>
        <translation>Reset the selected account&apos;s password</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>不能停用自己正在使用的账号。</source>
        <translation>You cannot disable the account you are using.</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>%1 的密码已更改。</source>
        <translation>%1&apos;s password was changed.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>（可不填）</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>确认要记录“%1”吗？</source>
        <translation>Record &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>没有记录：%1</source>
        <translation>Not recorded: %1</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>审计</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>登录、查看检举控告类事项、登记、办理、打印、导出、导入、备份和恢复都记在这里。每条记录都带着前一条的校验值，删改任何一条都能查出来。</source>
        <translation>Logins, views of accusations, registrations, case steps, prints, exports, imports, backups and restores are all recorded here. Each entry carries the hash of the one before, so any deleted or changed entry is found.</translation>
    </message>
    <message>
        <source>检查完整性</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <source>检查审计记录的完整性</source>
        <translation>Check the audit trail&apos;s integrity</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>刷新审计记录</source>
        <translation>Refresh the audit trail</translation>
    </message>
    <message>
        <source>审计记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象和说明</source>
        <translation>Record and details</translation>
    </message>
    <message>
        <source>更早的记录</source>
        <translation>Earlier entries</translation>
    </message>
    <message>
        <source>正在检查……</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>完整：共 %1 条记录，没有发现删除或改动。</source>
        <translation>Intact: all %1 entries checked, none deleted or changed.</translation>
    </message>
    <message>
        <source>审计记录被动过：%1</source>
        <translation>The audit trail was tampered with: %1</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>更改…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>选择备份文件夹</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>保留备份份数</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>保留最近</source>
        <translation>Keep the last</translation>
    </message>
    <message>
        <source>每天第一次打开程序、升级数据库前和导入同步文件前自动备份。最好选另一块硬盘或U盘，电脑坏了数据还在。</source>
        <translation>Backups are made at the first start each day, before a database upgrade and before a sync import. Choose another disk or a USB stick, so the data survives a broken computer.</translation>
    </message>
    <message>
        <source>已有的备份</source>
        <translation>Backups made</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>用所选备份恢复…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <source>用所选备份恢复</source>
        <translation>Restore from the selected backup</translation>
    </message>
    <message>
        <source>已有的备份（最新的在上）：</source>
        <translation>Backups (newest first):</translation>
    </message>
    <message>
        <source>（还没有备份）</source>
        <translation>(no backups yet)</translation>
    </message>
    <message>
        <source>正在备份……</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>备份没有做成：%1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <source>请先在列表里选一份备份。</source>
        <translation>First choose a backup in the list.</translation>
    </message>
    <message>
        <source>正在检查备份……</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>这份备份不能用：%1</source>
        <translation>This backup cannot be used: %1</translation>
    </message>
    <message>
        <source>用备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>将用 %1 的备份替换现在的数据。
这份备份之后登记和办理的内容将不在恢复后的数据中。
恢复前会把现在的数据另存一份备份。程序将关闭窗口、恢复，然后重新登录。

确定恢复吗？</source>
        <translation>The data will be replaced by the backup %1.
Whatever was registered or handled after it will not be in the restored data.
The current data is backed up first. The window closes, restores, and asks you to log in again.

Restore now?</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>新增排查记录</source>
        <translation>New screening entry</translation>
    </message>
    <message>
        <source>修改排查记录</source>
        <translation>Edit screening entry</translation>
    </message>
    <message>
        <source>选择或填写</source>
        <translation>Choose or type</translation>
    </message>
    <message>
        <source>如：张三、李四（多人用顿号隔开）</source>
        <translation>e.g. 张三、李四 (separate names with 、)</translation>
    </message>
    <message>
        <source>包案干部或调解员</source>
        <translation>Official in charge or mediator</translation>
    </message>
    <message>
        <source>化解后回访当事人的时间、方式和当事人意见</source>
        <translation>When and how the parties were visited after resolution, and what they said</translation>
    </message>
    <message>
        <source>回访后方可销号</source>
        <translation>Strike off only after a follow-up</translation>
    </message>
    <message>
        <source>已转为信访事项（登记编号 %1），按信访事项办理。</source>
        <translation>Became a case (serial %1); it is handled as a case.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存排查记录</source>
        <translation>Save the screening entry</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>没有保存：%1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>DisputesPage</name>
    <message>
        <source>排查日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>排查类型</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>简要情况</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>登记编号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>矛盾纠纷排查台账</source>
        <translation>Dispute screening register</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>办理状态：全部</source>
        <translation>Status: all</translation>
    </message>
    <message>
        <source>新增排查</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>转为来访登记</source>
        <translation>Register as visit</translation>
    </message>
    <message>
        <source>排查台账</source>
        <translation>Screening register</translation>
    </message>
    <message>
        <source>红色：高风险&#x3000;经常性排查每半月或每月一次（村每周），节假日前和敏感时期集中排查&#x3000;双击修改</source>
        <translation>Red: high risk.  Regular screening every half month or month (villages weekly); concentrated before holidays and sensitive periods.  Double-click to edit</translation>
    </message>
    <message>
        <source>共 %1 条，在办 %2 条，其中高风险 %3 条</source>
        <translation>Entries: %1, in hand: %2, high risk: %3</translation>
    </message>
    <message>
        <source>已转为信访事项（%1）</source>
        <translation>Became a case (%1)</translation>
    </message>
    <message>
        <source>以这条纠纷为起点填写来访登记；保存后本条标为“已转信访事项”</source>
        <translation>Start a visit registration from this dispute; once saved, the entry is marked &quot;Became a case&quot;</translation>
    </message>
    <message>
        <source>来访已登记，但未能标记排查记录：%1</source>
        <translation>The visit is registered, but the screening entry could not be marked: %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>帮助 - 信访接待台</source>
        <translation>Help - Petition Reception Desk</translation>
    </message>
    <message>
        <source>帮助目录</source>
        <translation>Help topics</translation>
    </message>
    <message>
        <source>帮助内容</source>
        <translation>Help text</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>来访记录</source>
        <translation>Earlier visits</translation>
    </message>
    <message>
        <source>标为重复</source>
        <translation>Mark as repeat</translation>
    </message>
    <message>
        <source>此人%1反映过同一分类、同一涉及单位的事项（%2）。如是同一事项，请标为重复。</source>
        <translation>On %1 this person raised a matter with the same category and unit involved (%2). If it is the same matter, mark it as a repeat.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;该事项已经复核终结：同一事实和理由，各级不再受理。&lt;/b&gt;请向来访人说明；如有新的事实和理由，请写明。</source>
        <translation>&lt;br&gt;&lt;b&gt;That matter was concluded by re-examination: the same facts and reasons are not accepted again at any level.&lt;/b&gt; Explain this to the visitor; write down any new facts and reasons.</translation>
    </message>
    <message>
        <source>输入身份证号后，这里显示此人以前的来访。</source>
        <translation>Once an ID number is entered, this person&apos;s earlier visits show here.</translation>
    </message>
    <message>
        <source>此身份证号没有来访记录：首次来访。</source>
        <translation>No visits with this ID number: a first visit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;此人已来访 %1 次&lt;/b&gt;</source>
        <translation>&lt;b&gt;Earlier visits: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>最近一次：%1</source>
        <translation>Last: %1</translation>
    </message>
    <message>
        <source>……另有 %1 次</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>同一事项再次反映的，请勾选“重复”。</source>
        <translation>If the same matter is raised again, tick &quot;Repeat&quot;.</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>台账</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>姓名或拼音首字母、身份证号或电话（可只输后4位）、登记编号、事项中的词</source>
        <translation>Name or pinyin initials, ID or phone number (last 4 digits will do), serial, words of the matter</translation>
    </message>
    <message>
        <source>来访台账</source>
        <translation>Visit register</translation>
    </message>
    <message>
        <source>此人的全部来访</source>
        <translation>This person&apos;s visits</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>导出Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>导出CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>导出CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>接待日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>按接待日期</source>
        <translation>By date received</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>To</translation>
    </message>
    <message>
        <source>一级分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>事项性质</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>状态：全部</source>
        <translation>Status: all</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>集体</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>越级</source>
        <translation>Skipped level</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>%1：全部</source>
        <translation>%1: all</translation>
    </message>
    <message>
        <source>查找中……</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <source>导出台账</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>已导出 %1 条到 %2</source>
        <translation>Exported %1 row(s) to %2</translation>
    </message>
    <message>
        <source>导出失败：%1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>已锁定 - 信访接待台</source>
        <translation>Locked - Petition Reception Desk</translation>
    </message>
    <message>
        <source>信访接待台已锁定</source>
        <translation>Reception desk locked</translation>
    </message>
    <message>
        <source>%1&#x3000;接待员：%2（%3）</source>
        <translation>%1  Clerk: %2 (%3)</translation>
    </message>
    <message>
        <source>离开太久，为保护来访人的信息已自动锁定。请输入密码继续，已填写的内容都还在。</source>
        <translation>Locked after a long absence to protect visitors&apos; information. Enter your password to go on; everything typed is still there.</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>保存草稿并退出程序</source>
        <translation>Save the draft and quit</translation>
    </message>
    <message>
        <source>换其他接待员使用时：已填写的登记存为草稿，程序关闭。</source>
        <translation>For another clerk: what was typed is kept as a draft and the program closes.</translation>
    </message>
    <message>
        <source>请输入密码</source>
        <translation>Enter your password</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 - 信访接待台</source>
        <translation>Log in - Petition Reception Desk</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>请输入登录名和密码</source>
        <translation>Enter your login and password</translation>
    </message>
    <message>
        <source>正在核对……</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>信访接待台 - %1</source>
        <translation>Petition Reception Desk - %1</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>排查</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>审计</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>导航</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>%1：%2（%3）&#x3000;接待员：%4&#x3000;版本 %5</source>
        <translation>%1: %2 (%3)   Clerk: %4   Version %5</translation>
    </message>
    <message>
        <source>帮助 F1</source>
        <translation>Help F1</translation>
    </message>
    <message>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>查看待办</source>
        <translation>Show to do</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>关闭提醒</source>
        <translation>Dismiss the reminder</translation>
    </message>
    <message>
        <source>未办结%1件，已超期%2件，3日内到期%3件</source>
        <translation>Open: %1, overdue: %2, due within 3 days: %3</translation>
    </message>
    <message>
        <source>有 %1 件事项已超期，%2 件3日内到期。</source>
        <translation>Overdue: %1.   Due within 3 days: %2.</translation>
    </message>
    <message>
        <source>转为来访登记</source>
        <translation>Register as visit</translation>
    </message>
    <message>
        <source>请先处理登记页上的草稿或正在保存的登记。</source>
        <translation>First deal with the draft or the registration being saved on the Intake page.</translation>
    </message>
    <message>
        <source>登记页上已填写的内容将被替换，继续吗？</source>
        <translation>What is typed on the Intake page will be replaced. Continue?</translation>
    </message>
</context>
<context>
    <name>NewClerkDialog</name>
    <message>
        <source>新增接待员</source>
        <translation>Add clerk</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>设置 %1 的新密码</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再次输入新密码</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>密码至少%1位</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>打印（Ctrl+P）</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>另存为PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>另存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>正在生成……</source>
        <translation>Making…</translation>
    </message>
    <message>
        <source>打印 - %1</source>
        <translation>Print - %1</translation>
    </message>
    <message>
        <source>正在打印……</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>第一季度</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>第二季度</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>第三季度</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>第四季度</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>统计时段</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>To</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>登记编号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>接待时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>同一来访人的全部来访</source>
        <translation>All visits of the same person</translation>
    </message>
    <message>
        <source>此人的来访</source>
        <translation>This person&apos;s visits</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1：共来访 %2 次（按身份证号，或姓名和电话相同）</source>
        <translation>%1: %2 visit(s) (same ID number, or same name and phone)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>回执预览 - %1</source>
        <translation>Slip preview - %1</translation>
    </message>
    <message>
        <source>回执-%1.pdf</source>
        <translation>slip-%1.pdf</translation>
    </message>
    <message>
        <source>回执纸张</source>
        <translation>Slip paper</translation>
    </message>
    <message>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>补打第%1次</source>
        <translation>Reprint no. %1</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>来访人姓名</source>
        <translation>Visitor&apos;s name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>来访人数</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> person(s)</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>18位身份证号</source>
        <translation>18-character ID number</translation>
    </message>
    <message>
        <source>无证件原因</source>
        <translation>Why no ID</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>手机或带区号的座机</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <source>所在村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>村、组、门牌号</source>
        <translation>Village, group, house number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message numerus="yes">
        <source>其他代表人（集体来访推选代表，含来访人最多%n人）</source>
        <translation>
            <numerusform>Other representatives (a group elects at most %n, the visitor included)</numerusform>
            <numerusform>Other representatives (a group elects at most %n, the visitor included)</numerusform>
        </translation>
    </message>
    <message>
        <source>第%1位其他代表人姓名</source>
        <translation>Name of representative %1</translation>
    </message>
    <message>
        <source>第%1位其他代表人身份证号</source>
        <translation>ID number of representative %1</translation>
    </message>
    <message>
        <source>第%1位其他代表人电话</source>
        <translation>Phone of representative %1</translation>
    </message>
    <message>
        <source>身份证号（可不填）</source>
        <translation>ID number (optional)</translation>
    </message>
    <message>
        <source>电话（可不填）</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>第%1位</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>工单号或文号</source>
        <translation>Order/doc. no.</translation>
    </message>
    <message>
        <source>接待时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>现在</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>接待时间设为现在</source>
        <translation>Set the time received to now</translation>
    </message>
    <message>
        <source>反映事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>事项性质</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>一级分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>二级分类</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>事项标题</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>一句话概括，如：修路占用承包地补偿未到位</source>
        <translation>One sentence, e.g. compensation for farmland taken by road works not paid</translation>
    </message>
    <message>
        <source>诉求</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>来访人要求解决什么问题</source>
        <translation>What the visitor asks to be done</translation>
    </message>
    <message>
        <source>事实和理由</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>事情经过、时间地点、已向哪些部门反映过</source>
        <translation>What happened, when and where, which offices were already asked</translation>
    </message>
    <message>
        <source>涉及单位或人员</source>
        <translation>Involved</translation>
    </message>
    <message>
        <source>越级</source>
        <translation>Skipped level</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>紧急（急事急报）</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>（无二级分类）</source>
        <translation>(no subcategory)</translation>
    </message>
    <message>
        <source>集体访（%1人及以上）</source>
        <translation>Group visit (%1 or more)</translation>
    </message>
    <message>
        <source>必填：%1</source>
        <translation>Required: %1</translation>
    </message>
    <message>
        <source>如有可填</source>
        <translation>If there is one</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>来访登记</source>
        <translation>Visit registration</translation>
    </message>
    <message>
        <source>补打回执…</source>
        <translation>Reprint slip…</translation>
    </message>
    <message>
        <source>按登记编号补打回执</source>
        <translation>Reprint a slip by serial</translation>
    </message>
    <message>
        <source>接待人：%1&#x3000;&#x3000;工作站：%2</source>
        <translation>Received by: %1    Station: %2</translation>
    </message>
    <message>
        <source>清空重填</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>保存登记（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>保存登记</source>
        <translation>Save the registration</translation>
    </message>
    <message>
        <source>打印回执（Ctrl+P）</source>
        <translation>Print slip (Ctrl+P)</translation>
    </message>
    <message>
        <source>打印回执</source>
        <translation>Print the slip</translation>
    </message>
    <message>
        <source>查看登记</source>
        <translation>Open the visit</translation>
    </message>
    <message>
        <source>补打回执</source>
        <translation>Reprint slip</translation>
    </message>
    <message>
        <source>登记编号：</source>
        <translation>Serial:</translation>
    </message>
    <message>
        <source>恢复草稿</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <source>丢弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>未填姓名</source>
        <translation>no name yet</translation>
    </message>
    <message>
        <source>发现上次未保存的登记（%1 自动保存，来访人：%2）。请选择恢复或丢弃。</source>
        <translation>An unsaved registration was found (autosaved %1, visitor: %2). Restore or discard it.</translation>
    </message>
    <message>
        <source>有 %1 处需要修改，尚未保存</source>
        <translation>To correct: %1. Not saved yet</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>已保存。登记编号：&lt;b&gt;%1&lt;/b&gt;（来访人：%2）</source>
        <translation>Saved. Serial: &lt;b&gt;%1&lt;/b&gt; (visitor: %2)</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>登记没有保存：%1
填写的内容仍在表单中，并已自动存为草稿，可以再试一次。</source>
        <translation>The registration was not saved: %1
What was typed is still in the form and kept as a draft; try again.</translation>
    </message>
    <message>
        <source>清空表单中已填写的内容？</source>
        <translation>Clear everything typed in the form?</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>本期无数据</source>
        <translation>No data for this period</translation>
    </message>
    <message>
        <source>分子：%1</source>
        <translation>Numerator: %1</translation>
    </message>
    <message>
        <source>分母：%1</source>
        <translation>Denominator: %1</translation>
    </message>
    <message>
        <source>期间归属：%1</source>
        <translation>Counted in the period by: %1</translation>
    </message>
    <message>
        <source>说明：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>口径</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>%1的口径</source>
        <translation>Definition of %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>只有站长可以更改设置。</source>
        <translation>Only the station head can change settings.</translation>
    </message>
    <message>
        <source>工作站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>工作站名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>统计用区划代码</source>
        <translation>Statistical area code</translation>
    </message>
    <message>
        <source>所属乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>内容分类表</source>
        <translation>Category list</translation>
    </message>
    <message>
        <source>登记规则</source>
        <translation>Registration rules</translation>
    </message>
    <message>
        <source>集体访人数标准</source>
        <translation>Group visit from</translation>
    </message>
    <message>
        <source> 人及以上</source>
        <translation> people or more</translation>
    </message>
    <message>
        <source>来访人数达到这个数的登记自动标为集体访。条例未规定人数，各地常用5人。</source>
        <translation>A visit with this many visitors or more is marked as a group visit. The regulation sets no number; 5 is common.</translation>
    </message>
    <message>
        <source>自动锁定时间</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <source> 分钟无操作</source>
        <translation> minutes idle</translation>
    </message>
    <message>
        <source>自动锁定</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <source>离开电脑这么久后窗口自动锁定，输入密码才能继续，已填写的内容不丢。</source>
        <translation>After this long away from the computer the window locks; the password unlocks it and nothing typed is lost.</translation>
    </message>
    <message>
        <source>来访回执</source>
        <translation>Visitor&apos;s slip</translation>
    </message>
    <message>
        <source>回执纸张</source>
        <translation>Slip paper</translation>
    </message>
    <message>
        <source>报送乡镇期限</source>
        <translation>Report within</translation>
    </message>
    <message>
        <source> 天内</source>
        <translation> days</translation>
    </message>
    <message>
        <source>回执上写明：本站在接待之日起这么多天内把事项报送乡镇。</source>
        <translation>The slip promises to report the matter to the township within this many days of the visit.</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>字号</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>字号保存后立即生效；界面语言在重新打开程序后生效。</source>
        <translation>The font size applies when saved; the language at the next start.</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>首次设置 - 信访接待台</source>
        <translation>First setup - Petition Reception Desk</translation>
    </message>
    <message>
        <source>第一次使用，请填写本工作站的信息和第一位接待员（站长）的账号。工作站信息印在来访回执上，也用于向乡镇报送。</source>
        <translation>First use: fill in this station&apos;s particulars and the account of its first clerk (the station head). The station&apos;s particulars are printed on visitors&apos; slips and sent to the township.</translation>
    </message>
    <message>
        <source>工作站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>工作站名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>如：东风村群众工作站</source>
        <translation>e.g. 东风村群众工作站</translation>
    </message>
    <message>
        <source>统计用区划代码</source>
        <translation>Statistical area code</translation>
    </message>
    <message>
        <source>12位数字，如 410423203202</source>
        <translation>12 digits, e.g. 410423203202</translation>
    </message>
    <message>
        <source>所属乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>如：马庄乡</source>
        <translation>e.g. 马庄乡</translation>
    </message>
    <message>
        <source>工作站联系电话</source>
        <translation>Station phone</translation>
    </message>
    <message>
        <source>手机或带区号的座机</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <source>本机用于</source>
        <translation>This computer is</translation>
    </message>
    <message>
        <source>村（社区）群众工作站：登记、代办、上报乡镇</source>
        <translation>A village station: registers, acts for visitors, reports</translation>
    </message>
    <message>
        <source>乡镇（街道）信访办：受理、办理、答复</source>
        <translation>A township office: accepts, handles, answers</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>乡镇公钥文件</source>
        <translation>Township key file</translation>
    </message>
    <message>
        <source>第一位接待员（站长）</source>
        <translation>First clerk (station head)</translation>
    </message>
    <message>
        <source>接待员姓名</source>
        <translation>Clerk&apos;s name</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>英文字母或数字，如 wangfang</source>
        <translation>Letters or digits, e.g. wangfang</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>至少8位</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>完成设置</source>
        <translation>Finish setup</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>如：马庄乡信访办</source>
        <translation>e.g. 马庄乡信访办</translation>
    </message>
    <message>
        <source>如：某某县</source>
        <translation>e.g. 某某县</translation>
    </message>
    <message>
        <source>设置没有保存</source>
        <translation>Setup not saved</translation>
    </message>
</context>
<context>
    <name>StationSync</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>导出时间</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>事件序号</source>
        <translation>Event nos.</translation>
    </message>
    <message>
        <source>事件时间</source>
        <translation>Event dates</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>报送乡镇</source>
        <translation>Report to township</translation>
    </message>
    <message>
        <source>导出同步文件…</source>
        <translation>Export sync file…</translation>
    </message>
    <message>
        <source>导出同步文件</source>
        <translation>Export a sync file</translation>
    </message>
    <message>
        <source>导出乡镇尚未确认收到的全部记录</source>
        <translation>Export every record the township has not acknowledged</translation>
    </message>
    <message>
        <source>全量导出…</source>
        <translation>Full export…</translation>
    </message>
    <message>
        <source>全量导出</source>
        <translation>Full export</translation>
    </message>
    <message>
        <source>导出本站全部记录：乡镇换了电脑或文件丢失时用</source>
        <translation>Export all of this station&apos;s records: for a township&apos;s new computer or a lost file</translation>
    </message>
    <message>
        <source>不加密导出（没有乡镇公钥、确需如此时）</source>
        <translation>Export unencrypted (no township key, and only if you must)</translation>
    </message>
    <message>
        <source>不加密导出</source>
        <translation>Export unencrypted</translation>
    </message>
    <message>
        <source>导出进度</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>乡镇反馈</source>
        <translation>Township feedback</translation>
    </message>
    <message>
        <source>导入反馈…</source>
        <translation>Import feedback…</translation>
    </message>
    <message>
        <source>导入乡镇的反馈文件</source>
        <translation>Import the township&apos;s feedback file</translation>
    </message>
    <message>
        <source>乡镇的受理、转送、答复、办结等办理情况和对本站记录的确认，都在反馈文件里。</source>
        <translation>The township&apos;s steps (accepted, referred, answered, closed …) and its acknowledgements come in its feedback file.</translation>
    </message>
    <message>
        <source>导出记录（最新的在上）</source>
        <translation>Exports (newest first)</translation>
    </message>
    <message>
        <source>导出记录</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>乡镇尚未确认收到：来访 %1 件，办理记录 %2 条</source>
        <translation>Not yet acknowledged by the township: visits %1, case steps %2</translation>
    </message>
    <message>
        <source>乡镇已确认收到本站的全部记录。</source>
        <translation>The township has acknowledged all of this station&apos;s records.</translation>
    </message>
    <message>
        <source>把同步文件存到哪里（选U盘）</source>
        <translation>Where to save the sync file (choose the USB stick)</translation>
    </message>
    <message>
        <source>，事件时间 %1 至 %2</source>
        <translation>, events from %1 to %2</translation>
    </message>
    <message>
        <source>已导出并读回检查无误：%1%2，%3。文件：%4</source>
        <translation>Exported, read back and checked: %1%2, %3. File: %4</translation>
    </message>
    <message>
        <source>没有导出：%1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <source>选择乡镇的反馈文件</source>
        <translation>Choose the township&apos;s feedback file</translation>
    </message>
    <message>
        <source>同步文件 (*.desk-sync)</source>
        <translation>Sync files (*.desk-sync)</translation>
    </message>
    <message>
        <source>没有导入：%1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>全量</source>
        <translation>full</translation>
    </message>
    <message>
        <source>未加密</source>
        <translation>unencrypted</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Matters</translation>
    </message>
    <message>
        <source>%1（本期无数据）</source>
        <translation>%1 (no data for this period)</translation>
    </message>
    <message>
        <source>上期（%1）</source>
        <translation>Previous period (%1)</translation>
    </message>
    <message>
        <source>本期</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>比率</source>
        <translation>Ratio</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>来源与性质</source>
        <translation>Channel and kind</translation>
    </message>
    <message>
        <source>内容分类与村（社区）</source>
        <translation>Category and village</translation>
    </message>
    <message>
        <source>主要问题及变化</source>
        <translation>Main issues and change</translation>
    </message>
    <message>
        <source>办理状态与回访评价</source>
        <translation>Status and follow-up ratings</translation>
    </message>
    <message>
        <source>在办事项（超期以统计日计）</source>
        <translation>Cases in hand (overdue as of the report date)</translation>
    </message>
    <message>
        <source>月度趋势</source>
        <translation>Monthly trend</translation>
    </message>
    <message>
        <source>各站情况</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>导出PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>导出CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>工作站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>全部工作站</source>
        <translation>All stations</translation>
    </message>
    <message>
        <source>结束日期不能早于开始日期。</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>正在统计%1……</source>
        <translation>Counting %1…</translation>
    </message>
    <message>
        <source>统计失败：%1</source>
        <translation>Report failed: %1</translation>
    </message>
    <message>
        <source>%1&#x3000;%2至%3&#x3000;统计日 %4&#x3000;来访 %5 件 %6 人次（状态和步骤算至统计日；上期为%7）</source>
        <translation>%1   %2 to %3   report date %4   visits: %5 cases, %6 people (states and steps as of the report date; previous period %7)</translation>
    </message>
    <message>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>办理指标</source>
        <translation>Handling rates</translation>
    </message>
    <message>
        <source>点 ⓘ 查看每项指标的分子、分母和期间归属。</source>
        <translation>Click ⓘ for each rate&apos;s numerator, denominator and period.</translation>
    </message>
    <message>
        <source>办理指标（%）</source>
        <translation>Handling rates (%)</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>近12个月来访件数</source>
        <translation>Visits in the last 12 months</translation>
    </message>
    <message>
        <source>来源渠道（件）</source>
        <translation>Channels (cases)</translation>
    </message>
    <message>
        <source>事项性质（件）</source>
        <translation>Kinds (cases)</translation>
    </message>
    <message>
        <source>主要问题（件）：本期与上期</source>
        <translation>Main issues (cases): this period and the last</translation>
    </message>
    <message>
        <source>注：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>导出报表</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>已导出报表：%1</source>
        <translation>Report exported: %1</translation>
    </message>
    <message>
        <source>导出失败：%1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>SyncKeysBox</name>
    <message>
        <source>密钥</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>导出本机公钥文件…</source>
        <translation>Export this computer&apos;s key file…</translation>
    </message>
    <message>
        <source>导出本机公钥文件</source>
        <translation>Export this computer&apos;s public key file</translation>
    </message>
    <message>
        <source>登记工作站公钥文件…</source>
        <translation>Register a station&apos;s key file…</translation>
    </message>
    <message>
        <source>导入乡镇公钥文件…</source>
        <translation>Import the township&apos;s key file…</translation>
    </message>
    <message>
        <source>本机公钥指纹：</source>
        <translation>This computer&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>各工作站：</source>
        <translation>Stations:</translation>
    </message>
    <message>
        <source>乡镇：</source>
        <translation>Township:</translation>
    </message>
    <message>
        <source>已登记 %1 个工作站的公钥（见下方“各工作站”）</source>
        <translation>Stations&apos; public keys registered: %1 (see &quot;Stations&quot; below)</translation>
    </message>
    <message>
        <source>还没有导入乡镇的公钥文件：导入后才能导出加密的同步文件。</source>
        <translation>The township&apos;s public key file is not imported yet: encrypted sync files need it.</translation>
    </message>
    <message>
        <source>%1（%2）&#x3000;指纹 %3</source>
        <translation>%1 (%2)  fingerprint %3</translation>
    </message>
    <message>
        <source>把本机公钥文件存到哪里</source>
        <translation>Where to save this computer&apos;s public key file</translation>
    </message>
    <message>
        <source>已导出本机公钥文件：%1</source>
        <translation>Public key file exported: %1</translation>
    </message>
    <message>
        <source>选择公钥文件</source>
        <translation>Choose a public key file</translation>
    </message>
    <message>
        <source>公钥文件 (*.desk-key);;所有文件 (*)</source>
        <translation>Public key files (*.desk-key);;All files (*)</translation>
    </message>
    <message>
        <source>已登记“%1”（%2）的公钥。指纹 %3：请打电话请对方念出其程序显示的指纹，逐字核对。</source>
        <translation>Registered the public key of &quot;%1&quot; (%2). Fingerprint %3: phone them, have them read out the fingerprint their program shows, and compare every character.</translation>
    </message>
    <message>
        <source>（替换了原指纹 %1）</source>
        <translation> (replaced fingerprint %1)</translation>
    </message>
    <message>
        <source>没有登记：%1</source>
        <translation>Not registered: %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>同步（乡镇）</source>
        <translation>Sync (township)</translation>
    </message>
    <message>
        <source>同步（报送乡镇）</source>
        <translation>Sync (reporting to the township)</translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <source>本站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>超期%1天</source>
        <translation>%1 d overdue</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>还有%1天</source>
        <translation>%1 d left</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>只看已超期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>包案领导</source>
        <translation>Leader in charge</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Handling office</translation>
    </message>
    <message>
        <source>一级分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>一级分类：全部</source>
        <translation>Category: all</translation>
    </message>
    <message>
        <source>事项性质</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>事项性质：全部</source>
        <translation>Kind: all</translation>
    </message>
    <message>
        <source>待办事项</source>
        <translation>Cases to do</translation>
    </message>
    <message>
        <source>红色：已超期&#x3000;黄色：%1天内到期&#x3000;双击打开事项办理</source>
        <translation>Red: overdue   Amber: due within %1 days   Double-click to open the case</translation>
    </message>
    <message>
        <source>未办结 %1 件</source>
        <translation>Open: %1</translation>
    </message>
</context>
<context>
    <name>TownshipKeyField</name>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>选择乡镇公钥文件</source>
        <translation>Choose the township&apos;s public key file</translation>
    </message>
    <message>
        <source>可稍后在“同步”页导入</source>
        <translation>Can be imported later on the Sync page</translation>
    </message>
    <message>
        <source>公钥文件 (*.desk-key);;所有文件 (*)</source>
        <translation>Public key files (*.desk-key);;All files (*)</translation>
    </message>
    <message>
        <source>%1（%2）&#x3000;指纹 %3：请与乡镇电话核对</source>
        <translation>%1 (%2)  fingerprint %3: check it with the township by phone</translation>
    </message>
</context>
<context>
    <name>TownshipSync</name>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>工作站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>公钥指纹</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>导入文件</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>最近导入</source>
        <translation>Last import</translation>
    </message>
    <message>
        <source>缺少的事件</source>
        <translation>Missing events</translation>
    </message>
    <message>
        <source>导入工作站的同步文件</source>
        <translation>Import stations&apos; sync files</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>选择同步文件</source>
        <translation>Choose sync files</translation>
    </message>
    <message>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>选择放有同步文件的文件夹</source>
        <translation>Choose the folder holding the sync files</translation>
    </message>
    <message>
        <source>或把同步文件、U盘上的文件夹拖到这一页上。先预览，再导入。</source>
        <translation>Or drop sync files or the USB stick&apos;s folder on this page. A preview comes first, then the import.</translation>
    </message>
    <message>
        <source>导入以上文件</source>
        <translation>Import these files</translation>
    </message>
    <message>
        <source>导入进度</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>同步文件</source>
        <translation>Sync files</translation>
    </message>
    <message>
        <source>各工作站</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>为所选工作站导出反馈…</source>
        <translation>Export feedback for selected…</translation>
    </message>
    <message>
        <source>为所选工作站导出反馈</source>
        <translation>Export feedback for the selected station</translation>
    </message>
    <message>
        <source>为全部工作站导出反馈…</source>
        <translation>Export feedback for all…</translation>
    </message>
    <message>
        <source>为全部工作站导出反馈</source>
        <translation>Export feedback for every station</translation>
    </message>
    <message>
        <source>（未登记）</source>
        <translation>(not registered)</translation>
    </message>
    <message>
        <source>同步文件 (*.desk-sync);;所有文件 (*)</source>
        <translation>Sync files (*.desk-sync);;All files (*)</translation>
    </message>
    <message>
        <source>所选的文件夹里没有同步文件（.desk-sync）。</source>
        <translation>The chosen folder has no sync files (.desk-sync).</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>预览：%1 份文件可以导入，%2 份不能导入。以上预览没有改动任何数据。</source>
        <translation>Preview: %1 file(s) can be imported, %2 cannot. The preview changed nothing.</translation>
    </message>
    <message>
        <source>已导入 %1 份文件，%2 份未导入。导入前已自动备份数据库。</source>
        <translation>Imported: %1 file(s); not imported: %2. The database was backed up first.</translation>
    </message>
    <message>
        <source>没有导入：%1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>把反馈文件存到哪里（选U盘）</source>
        <translation>Where to save the feedback files (choose the USB stick)</translation>
    </message>
    <message>
        <source>请先在表中选一个工作站。</source>
        <translation>First choose a station in the table.</translation>
    </message>
    <message>
        <source>没有要反馈给任何工作站的内容。</source>
        <translation>No feedback for any station.</translation>
    </message>
    <message>
        <source>已导出 %1（确认%2条，办理记录%3条）</source>
        <translation>Exported %1 (acknowledgements: %2, case steps: %3)</translation>
    </message>
    <message>
        <source>%1（第%2号）</source>
        <translation>%1 (no. %2)</translation>
    </message>
</context>
<context>
    <name>VisitDetailDialog</name>
    <message>
        <source>本站</source>
        <translation>This station</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>村级工作站</source>
        <translation>Village station</translation>
    </message>
    <message>
        <source>本乡镇</source>
        <translation>This township</translation>
    </message>
    <message>
        <source>来访事项 - %1</source>
        <translation>Case - %1</translation>
    </message>
    <message>
        <source>登记内容</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>已核对并发修改</source>
        <translation>Changes on both sides checked</translation>
    </message>
    <message>
        <source>办理过程</source>
        <translation>History</translation>
    </message>
    <message>
        <source>办理（%1）</source>
        <translation>Handling (%1)</translation>
    </message>
    <message>
        <source>办理过程（最新在前）</source>
        <translation>History (newest first)</translation>
    </message>
    <message>
        <source>现在可以办理：</source>
        <translation>Steps allowed now:</translation>
    </message>
    <message>
        <source>补打回执</source>
        <translation>Reprint slip</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>没有登记编号为 %1 的记录</source>
        <translation>There is no record with serial %1</translation>
    </message>
    <message>
        <source>登记编号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>接待人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>集体访</source>
        <translation>Group visit</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>同步：%1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <source>当前状态：%1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>（没有可办理的事项）</source>
        <translation>(no step allowed now)</translation>
    </message>
    <message>
        <source>打印%1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>没有正在计算的时限。</source>
        <translation>No deadline is running.</translation>
    </message>
    <message numerus="yes">
        <source>已超期%n天</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>还有%n天</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1：%2（%3，%4）</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>登记编号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>接待时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>性质</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>时限事项</source>
        <translation>What is due</translation>
    </message>
    <message>
        <source>谁办</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>包案领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Handling office</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>信访接待台</source>
        <translation>Petition Reception Desk</translation>
    </message>
    <message>
        <source>今天的自动备份已完成：%1</source>
        <translation>Today&apos;s automatic backup is done: %1</translation>
    </message>
    <message>
        <source>今天的自动备份没有做成：%1
请插上备份用的U盘或硬盘，到「设置」里点「立即备份」。</source>
        <translation>Today&apos;s automatic backup failed: %1
Plug in the backup USB stick or disk, then click &quot;Back up now&quot; in Settings.</translation>
    </message>
    <message>
        <source>没有恢复，数据保持原样：%1</source>
        <translation>Not restored; the data is unchanged: %1</translation>
    </message>
    <message>
        <source>已用备份 %1 恢复数据。</source>
        <translation>The data was restored from the backup %1.</translation>
    </message>
    <message>
        <source>
恢复前的数据另存为 %1。</source>
        <translation>
The data before the restore was saved as %1.</translation>
    </message>
    <message>
        <source>数据库文件 %1 已损坏（%2），也没有找到可用的备份。请联系技术人员。</source>
        <translation>The database file %1 is damaged (%2) and no usable backup was found. Please call a technician.</translation>
    </message>
    <message>
        <source>数据库文件已损坏（%1）。
找到 %2 的备份：
%3
是否用这份备份恢复？恢复后，备份之后登记的内容需要补录。</source>
        <translation>The database file is damaged (%1).
A backup from %2 was found:
%3
Restore from it? Whatever was registered after that backup will have to be entered again.</translation>
    </message>
    <message>
        <source>信访接待台已经打开，已切换到已打开的窗口。</source>
        <translation>The program is already open; switched to its window.</translation>
    </message>
    <message>
        <source>数据库 %1 正被另一个信访接待台程序（可能是命令行）使用。请等它结束后再打开。</source>
        <translation>The database %1 is in use by another copy of the program (perhaps the command line). Open it again when that has finished.</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>港澳居民来往内地通行证</source>
        <translation>HK/Macao travel permit</translation>
    </message>
    <message>
        <source>台湾居民来往大陆通行证</source>
        <translation>Taiwan travel permit</translation>
    </message>
    <message>
        <source>外国人永久居留身份证</source>
        <translation>Foreign permanent resident ID</translation>
    </message>
    <message>
        <source>其他证件</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>无证件</source>
        <translation>No document</translation>
    </message>
    <message>
        <source>不愿提供</source>
        <translation>Declined to give</translation>
    </message>
    <message>
        <source>未带证件且记不清号码</source>
        <translation>No document, number not known</translation>
    </message>
    <message>
        <source>来信或来电未提供</source>
        <translation>Not given in letter or call</translation>
    </message>
    <message>
        <source>其他原因</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>来信</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>网上</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>12345热线转办</source>
        <translation>12345 hotline referral</translation>
    </message>
    <message>
        <source>上级交办</source>
        <translation>Assigned from above</translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation>Leader&apos;s instruction</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>建议意见类</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>检举控告类</source>
        <translation>Accusation</translation>
    </message>
    <message>
        <source>申诉求决类</source>
        <translation>Appeal/request</translation>
    </message>
    <message>
        <source>工单编号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <source>交办文号</source>
        <translation>Assignment doc. no.</translation>
    </message>
    <message>
        <source>批示文号</source>
        <translation>Instruction doc. no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>无证件原因</source>
        <translation>Reason for no ID</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>所在村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>来访人数</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>其他代表人</source>
        <translation>Other representatives</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>工单号或文号</source>
        <translation>Order or doc. no.</translation>
    </message>
    <message>
        <source>接待时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>事项性质</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>一级分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>二级分类</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>事项标题</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>诉求</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>事实和理由</source>
        <translation>Facts and reasons</translation>
    </message>
    <message>
        <source>涉及单位或人员</source>
        <translation>Units or people involved</translation>
    </message>
    <message>
        <source>越级</source>
        <translation>Skipped level</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>村级工作站</source>
        <translation>Village station</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>已就地化解</source>
        <translation>Resolved on the spot</translation>
    </message>
    <message>
        <source>已上报乡镇</source>
        <translation>Reported to township</translation>
    </message>
    <message>
        <source>已转送交办</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已延期</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>不再受理</source>
        <translation>No longer accepted</translation>
    </message>
    <message>
        <source>已答复</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>复查中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>复查已答复</source>
        <translation>Review answered</translation>
    </message>
    <message>
        <source>复核中</source>
        <translation>Under re-examination</translation>
    </message>
    <message>
        <source>已终结</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>就地化解</source>
        <translation>Resolve on the spot</translation>
    </message>
    <message>
        <source>上报乡镇</source>
        <translation>Report to township</translation>
    </message>
    <message>
        <source>跟踪催办</source>
        <translation>Chase up</translation>
    </message>
    <message>
        <source>告知结果</source>
        <translation>Tell the result</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <source>领导包案</source>
        <translation>Leader takes charge</translation>
    </message>
    <message>
        <source>紧急上报</source>
        <translation>Urgent report</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>转送交办</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>复查申请</source>
        <translation>Review request</translation>
    </message>
    <message>
        <source>复查意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <source>复核申请</source>
        <translation>Re-examination request</translation>
    </message>
    <message>
        <source>复核意见</source>
        <translation>Re-examination opinion</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>Supervise</translation>
    </message>
    <message>
        <source>督办答复</source>
        <translation>Supervision answer</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>未结</source>
        <translation>Open (any)</translation>
    </message>
    <message>
        <source>已结</source>
        <translation>Finished (any)</translation>
    </message>
    <message>
        <source>化解方式</source>
        <translation>How resolved</translation>
    </message>
    <message>
        <source>来访人意见</source>
        <translation>Visitor&apos;s view</translation>
    </message>
    <message>
        <source>化解情况</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>催办得到的答复</source>
        <translation>Answer received</translation>
    </message>
    <message>
        <source>催办对象</source>
        <translation>Chased</translation>
    </message>
    <message>
        <source>告知方式</source>
        <translation>How told</translation>
    </message>
    <message>
        <source>告知日期</source>
        <translation>Told on</translation>
    </message>
    <message>
        <source>回访评价</source>
        <translation>Visitor&apos;s rating</translation>
    </message>
    <message>
        <source>包案领导</source>
        <translation>Leader in charge</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>报告对象</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>报告时间</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <source>报告类别</source>
        <translation>Report type</translation>
    </message>
    <message>
        <source>受理告知书日期</source>
        <translation>Acceptance notice date</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Handling office</translation>
    </message>
    <message>
        <source>不予受理理由</source>
        <translation>Reason for not accepting</translation>
    </message>
    <message>
        <source>应循的其他法定途径</source>
        <translation>Other legal channel to use</translation>
    </message>
    <message>
        <source>不予受理告知书日期</source>
        <translation>Non-acceptance notice date</translation>
    </message>
    <message>
        <source>不再受理理由</source>
        <translation>Reason for not accepting again</translation>
    </message>
    <message>
        <source>不再受理告知书日期</source>
        <translation>No-longer-accepted notice date</translation>
    </message>
    <message>
        <source>转送或交办</source>
        <translation>Refer or assign</translation>
    </message>
    <message>
        <source>办理期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>延长天数</source>
        <translation>Days added</translation>
    </message>
    <message>
        <source>延期理由</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <source>延期告知书日期</source>
        <translation>Extension notice date</translation>
    </message>
    <message>
        <source>处理意见</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>信访处理意见书日期</source>
        <translation>Decision letter date</translation>
    </message>
    <message>
        <source>复查申请日期</source>
        <translation>Review request date</translation>
    </message>
    <message>
        <source>复查机关</source>
        <translation>Reviewing body</translation>
    </message>
    <message>
        <source>复查意见结论</source>
        <translation>Review outcome</translation>
    </message>
    <message>
        <source>复查意见书日期</source>
        <translation>Review opinion date</translation>
    </message>
    <message>
        <source>复核申请日期</source>
        <translation>Re-examination request date</translation>
    </message>
    <message>
        <source>复核机关</source>
        <translation>Re-examining body</translation>
    </message>
    <message>
        <source>复核意见结论</source>
        <translation>Re-examination outcome</translation>
    </message>
    <message>
        <source>复核意见书日期</source>
        <translation>Re-examination opinion date</translation>
    </message>
    <message>
        <source>督办单位</source>
        <translation>Supervising body</translation>
    </message>
    <message>
        <source>督办事由</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>督办期限</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <source>解释说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>帮扶救助</source>
        <translation>Help and relief</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>当面</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>书面</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>急事急报</source>
        <translation>Urgent matter</translation>
    </message>
    <message>
        <source>特事特报</source>
        <translation>Special matter</translation>
    </message>
    <message>
        <source>大事快报</source>
        <translation>Major matter</translation>
    </message>
    <message>
        <source>诉讼</source>
        <translation>Lawsuit</translation>
    </message>
    <message>
        <source>仲裁</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <source>行政复议</source>
        <translation>Administrative review</translation>
    </message>
    <message>
        <source>党员申诉</source>
        <translation>Party member appeal</translation>
    </message>
    <message>
        <source>其他法定途径</source>
        <translation>Other legal channel</translation>
    </message>
    <message>
        <source>转送</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>交办</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>支持</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <source>部分支持</source>
        <translation>Partly upheld</translation>
    </message>
    <message>
        <source>不支持</source>
        <translation>Not upheld</translation>
    </message>
    <message>
        <source>维持</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>超期未办结</source>
        <translation>Overdue, not closed</translation>
    </message>
    <message>
        <source>未按规定反馈</source>
        <translation>No feedback as required</translation>
    </message>
    <message>
        <source>办理程序不当</source>
        <translation>Improper procedure</translation>
    </message>
    <message>
        <source>推诿敷衍</source>
        <translation>Passing the buck</translation>
    </message>
    <message>
        <source>未执行处理意见</source>
        <translation>Decision not carried out</translation>
    </message>
    <message>
        <source>经常性排查</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>集中排查</source>
        <translation>Concentrated</translation>
    </message>
    <message>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>邻里纠纷</source>
        <translation>Neighbours</translation>
    </message>
    <message>
        <source>婚姻家庭</source>
        <translation>Marriage and family</translation>
    </message>
    <message>
        <source>土地权属</source>
        <translation>Land ownership</translation>
    </message>
    <message>
        <source>劳资纠纷</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>征地拆迁</source>
        <translation>Land taking, demolition</translation>
    </message>
    <message>
        <source>山林水利</source>
        <translation>Forest and water</translation>
    </message>
    <message>
        <source>债务纠纷</source>
        <translation>Debt</translation>
    </message>
    <message>
        <source>会商</source>
        <translation>Joint consultation</translation>
    </message>
    <message>
        <source>听证</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>救助</source>
        <translation>Relief</translation>
    </message>
    <message>
        <source>法律援助</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <source>网格员排查</source>
        <translation>Grid worker screening</translation>
    </message>
    <message>
        <source>村组干部走访</source>
        <translation>Village cadre visits</translation>
    </message>
    <message>
        <source>群众反映</source>
        <translation>Reported by residents</translation>
    </message>
    <message>
        <source>部门移交</source>
        <translation>Passed on by a department</translation>
    </message>
    <message>
        <source>信访信息分析</source>
        <translation>Petition data analysis</translation>
    </message>
    <message>
        <source>在办</source>
        <translation>In hand</translation>
    </message>
    <message>
        <source>已化解</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>已销号</source>
        <translation>Struck off</translation>
    </message>
    <message>
        <source>已转信访事项</source>
        <translation>Became a case</translation>
    </message>
    <message>
        <source>排查日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>排查类型</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>线索来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <source>纠纷简要情况</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>化解措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>回访情况</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>销号日期</source>
        <translation>Struck off on</translation>
    </message>
    <message>
        <source>站长</source>
        <translation>Station head</translation>
    </message>
    <message>
        <source>接待员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>工作站名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>统计用区划代码</source>
        <translation>Statistical area code</translation>
    </message>
    <message>
        <source>所属乡镇（街道）</source>
        <translation>Township (subdistrict)</translation>
    </message>
    <message>
        <source>工作站联系电话</source>
        <translation>Station phone</translation>
    </message>
    <message>
        <source>接待员姓名</source>
        <translation>Clerk&apos;s name</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>大</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>特大</source>
        <translation>Extra large</translation>
    </message>
    <message>
        <source>A5（半张A4）</source>
        <translation>A5 (half an A4 sheet)</translation>
    </message>
    <message>
        <source>80毫米热敏卷纸</source>
        <translation>80 mm thermal roll</translation>
    </message>
    <message>
        <source>受理告知书</source>
        <translation>Acceptance notice</translation>
    </message>
    <message>
        <source>不予受理告知书</source>
        <translation>Non-acceptance notice</translation>
    </message>
    <message>
        <source>不再受理告知书</source>
        <translation>No-longer-accepted notice</translation>
    </message>
    <message>
        <source>延长办理期限告知书</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <source>信访处理意见书</source>
        <translation>Decision letter</translation>
    </message>
    <message>
        <source>复查意见书</source>
        <translation>Review opinion letter</translation>
    </message>
    <message>
        <source>复核意见书</source>
        <translation>Re-examination opinion letter</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>查看检举控告类事项</source>
        <translation>Viewed an accusation</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>Case step</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>账号管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>集体</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>一</source>
        <translation>1</translation>
    </message>
    <message>
        <source>二</source>
        <translation>2</translation>
    </message>
    <message>
        <source>三</source>
        <translation>3</translation>
    </message>
    <message>
        <source>四</source>
        <translation>4</translation>
    </message>
    <message>
        <source>农村农业</source>
        <translation>Rural affairs and farming</translation>
    </message>
    <message>
        <source>土地承包经营</source>
        <translation>Land contracting</translation>
    </message>
    <message>
        <source>宅基地</source>
        <translation>Homestead land</translation>
    </message>
    <message>
        <source>农村集体资产与财务</source>
        <translation>Collective assets and finance</translation>
    </message>
    <message>
        <source>村务公开与村级选举</source>
        <translation>Village affairs and elections</translation>
    </message>
    <message>
        <source>农业补贴</source>
        <translation>Farm subsidies</translation>
    </message>
    <message>
        <source>农民负担</source>
        <translation>Farmers&apos; burdens</translation>
    </message>
    <message>
        <source>农村基础设施</source>
        <translation>Rural infrastructure</translation>
    </message>
    <message>
        <source>历史遗留问题</source>
        <translation>Legacy issues</translation>
    </message>
    <message>
        <source>自然资源</source>
        <translation>Natural resources</translation>
    </message>
    <message>
        <source>土地征收</source>
        <translation>Land expropriation</translation>
    </message>
    <message>
        <source>征地补偿安置</source>
        <translation>Land compensation/resettlement</translation>
    </message>
    <message>
        <source>土地权属争议</source>
        <translation>Land ownership disputes</translation>
    </message>
    <message>
        <source>违法用地</source>
        <translation>Illegal land use</translation>
    </message>
    <message>
        <source>矿产资源</source>
        <translation>Mineral resources</translation>
    </message>
    <message>
        <source>林地林权</source>
        <translation>Forest land rights</translation>
    </message>
    <message>
        <source>不动产登记</source>
        <translation>Real estate registration</translation>
    </message>
    <message>
        <source>城乡建设</source>
        <translation>Urban and rural construction</translation>
    </message>
    <message>
        <source>房屋拆迁与补偿</source>
        <translation>Demolition and compensation</translation>
    </message>
    <message>
        <source>集体土地上房屋拆迁与补偿</source>
        <translation>Demolition on collective land</translation>
    </message>
    <message>
        <source>国有土地上房屋征收与补偿</source>
        <translation>Expropriation on state land</translation>
    </message>
    <message>
        <source>违法建设</source>
        <translation>Illegal construction</translation>
    </message>
    <message>
        <source>市政设施</source>
        <translation>Municipal facilities</translation>
    </message>
    <message>
        <source>道路与交通设施建设</source>
        <translation>Roads and traffic facilities</translation>
    </message>
    <message>
        <source>供水供电供气</source>
        <translation>Water, power and gas supply</translation>
    </message>
    <message>
        <source>建筑工程质量</source>
        <translation>Construction quality</translation>
    </message>
    <message>
        <source>劳动和社会保障</source>
        <translation>Labour and social security</translation>
    </message>
    <message>
        <source>工资福利</source>
        <translation>Wages and benefits</translation>
    </message>
    <message>
        <source>拖欠农民工工资</source>
        <translation>Unpaid migrant workers&apos; wages</translation>
    </message>
    <message>
        <source>劳动关系</source>
        <translation>Employment relations</translation>
    </message>
    <message>
        <source>社会保险</source>
        <translation>Social insurance</translation>
    </message>
    <message>
        <source>养老保险</source>
        <translation>Pension insurance</translation>
    </message>
    <message>
        <source>医疗保险</source>
        <translation>Medical insurance</translation>
    </message>
    <message>
        <source>工伤认定与待遇</source>
        <translation>Work injury</translation>
    </message>
    <message>
        <source>就业培训</source>
        <translation>Jobs and training</translation>
    </message>
    <message>
        <source>生态环境</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>环境污染</source>
        <translation>Pollution</translation>
    </message>
    <message>
        <source>水污染</source>
        <translation>Water pollution</translation>
    </message>
    <message>
        <source>大气污染</source>
        <translation>Air pollution</translation>
    </message>
    <message>
        <source>噪声污染</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>固体废物</source>
        <translation>Solid waste</translation>
    </message>
    <message>
        <source>养殖污染</source>
        <translation>Livestock pollution</translation>
    </message>
    <message>
        <source>环评与建设项目</source>
        <translation>Environmental assessment</translation>
    </message>
    <message>
        <source>卫生健康</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>医疗纠纷</source>
        <translation>Medical disputes</translation>
    </message>
    <message>
        <source>医疗服务</source>
        <translation>Medical services</translation>
    </message>
    <message>
        <source>公共卫生</source>
        <translation>Public health</translation>
    </message>
    <message>
        <source>计划生育遗留问题</source>
        <translation>Family planning legacy issues</translation>
    </message>
    <message>
        <source>食品药品安全</source>
        <translation>Food and drug safety</translation>
    </message>
    <message>
        <source>教育</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>入学就学</source>
        <translation>School admission</translation>
    </message>
    <message>
        <source>学校管理</source>
        <translation>School management</translation>
    </message>
    <message>
        <source>教师待遇</source>
        <translation>Teachers&apos; pay</translation>
    </message>
    <message>
        <source>教育收费</source>
        <translation>School fees</translation>
    </message>
    <message>
        <source>校园安全</source>
        <translation>School safety</translation>
    </message>
    <message>
        <source>民政与应急</source>
        <translation>Civil affairs and emergencies</translation>
    </message>
    <message>
        <source>最低生活保障</source>
        <translation>Minimum living allowance</translation>
    </message>
    <message>
        <source>特困供养</source>
        <translation>Support for the destitute</translation>
    </message>
    <message>
        <source>社会救助</source>
        <translation>Social assistance</translation>
    </message>
    <message>
        <source>残疾人帮扶</source>
        <translation>Disability support</translation>
    </message>
    <message>
        <source>复退军人安置与优抚</source>
        <translation>Veterans&apos; placement and care</translation>
    </message>
    <message>
        <source>婚姻登记</source>
        <translation>Marriage registration</translation>
    </message>
    <message>
        <source>殡葬管理</source>
        <translation>Funerals</translation>
    </message>
    <message>
        <source>安全生产</source>
        <translation>Work safety</translation>
    </message>
    <message>
        <source>自然灾害救助</source>
        <translation>Disaster relief</translation>
    </message>
    <message>
        <source>政法</source>
        <translation>Law and order</translation>
    </message>
    <message>
        <source>涉法涉诉</source>
        <translation>Court-related matters</translation>
    </message>
    <message>
        <source>治安管理</source>
        <translation>Public order</translation>
    </message>
    <message>
        <source>婚姻家庭纠纷</source>
        <translation>Marriage and family disputes</translation>
    </message>
    <message>
        <source>人身财产安全</source>
        <translation>Personal and property safety</translation>
    </message>
    <message>
        <source>司法行政</source>
        <translation>Judicial administration</translation>
    </message>
    <message>
        <source>纪检监察</source>
        <translation>Discipline inspection</translation>
    </message>
    <message>
        <source>反映干部作风</source>
        <translation>Officials&apos; conduct</translation>
    </message>
    <message>
        <source>违反廉洁纪律</source>
        <translation>Integrity violations</translation>
    </message>
    <message>
        <source>侵害群众利益</source>
        <translation>Harm to residents&apos; interests</translation>
    </message>
    <message>
        <source>失职渎职</source>
        <translation>Dereliction of duty</translation>
    </message>
    <message>
        <source>市场监督</source>
        <translation>Market supervision</translation>
    </message>
    <message>
        <source>消费维权</source>
        <translation>Consumer rights</translation>
    </message>
    <message>
        <source>产品质量</source>
        <translation>Product quality</translation>
    </message>
    <message>
        <source>价格收费</source>
        <translation>Prices and fees</translation>
    </message>
    <message>
        <source>交通运输</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>道路建设与养护</source>
        <translation>Road building and upkeep</translation>
    </message>
    <message>
        <source>公共交通</source>
        <translation>Public transport</translation>
    </message>
    <message>
        <source>交通事故处理</source>
        <translation>Traffic accidents</translation>
    </message>
    <message>
        <source>房产物业</source>
        <translation>Housing and property</translation>
    </message>
    <message>
        <source>物业管理</source>
        <translation>Property management</translation>
    </message>
    <message>
        <source>商品房质量与交付</source>
        <translation>New housing quality/delivery</translation>
    </message>
    <message>
        <source>房屋产权办证</source>
        <translation>Property certificates</translation>
    </message>
    <message>
        <source>住房保障</source>
        <translation>Housing support</translation>
    </message>
    <message>
        <source>经济管理</source>
        <translation>Economic affairs</translation>
    </message>
    <message>
        <source>企业改制</source>
        <translation>Enterprise restructuring</translation>
    </message>
    <message>
        <source>金融借贷</source>
        <translation>Finance and loans</translation>
    </message>
    <message>
        <source>非法集资</source>
        <translation>Illegal fund-raising</translation>
    </message>
    <message>
        <source>财政与补贴资金</source>
        <translation>Public funds and subsidies</translation>
    </message>
    <message>
        <source>党务政务</source>
        <translation>Party and government affairs</translation>
    </message>
    <message>
        <source>政务服务</source>
        <translation>Government services</translation>
    </message>
    <message>
        <source>政务公开</source>
        <translation>Open government</translation>
    </message>
    <message>
        <source>工作作风</source>
        <translation>Work style</translation>
    </message>
    <message>
        <source>组织人事</source>
        <translation>Organization and personnel</translation>
    </message>
    <message>
        <source>干部任用</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>人事待遇</source>
        <translation>Staff pay and benefits</translation>
    </message>
    <message>
        <source>退休待遇</source>
        <translation>Retirement benefits</translation>
    </message>
    <message>
        <source>文体旅游</source>
        <translation>Culture, sports and tourism</translation>
    </message>
    <message>
        <source>文化活动</source>
        <translation>Cultural activities</translation>
    </message>
    <message>
        <source>旅游市场</source>
        <translation>Tourism</translation>
    </message>
    <message>
        <source>科技与信息产业</source>
        <translation>Technology and IT</translation>
    </message>
    <message>
        <source>通信网络</source>
        <translation>Telecoms</translation>
    </message>
    <message>
        <source>信息服务</source>
        <translation>Information services</translation>
    </message>
    <message>
        <source>军队事务</source>
        <translation>Military affairs</translation>
    </message>
    <message>
        <source>军人军属权益</source>
        <translation>Military families&apos; rights</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>（检举控告类，仅站长可见）</source>
        <translation>(accusation: station head only)</translation>
    </message>
    <message>
        <source>一级分类“%1”不在分类表（%2版）中</source>
        <translation>Category &quot;%1&quot; is not in the category list (version %2)</translation>
    </message>
    <message>
        <source>请选择二级分类</source>
        <translation>Please choose a subcategory</translation>
    </message>
    <message>
        <source>二级分类“%1”不属于“%2”</source>
        <translation>Subcategory &quot;%1&quot; does not belong to &quot;%2&quot;</translation>
    </message>
    <message>
        <source>分类文件中一级分类“%1”重复出现</source>
        <translation>Category &quot;%1&quot; appears twice in the category file</translation>
    </message>
    <message>
        <source>分类文件中“%1”下有重复的二级分类</source>
        <translation>&quot;%1&quot; has a subcategory twice in the category file</translation>
    </message>
    <message>
        <source>无法读取分类文件 %1：%2</source>
        <translation>Cannot read the category file %1: %2</translation>
    </message>
    <message>
        <source>计日规则中找不到足够的工作日</source>
        <translation>Not enough working days in the counting rules</translation>
    </message>
    <message>
        <source>计日规则中找不到工作日</source>
        <translation>No working day in the counting rules</translation>
    </message>
    <message>
        <source>期限规则文件中%1既是节假日又是调休上班日</source>
        <translation>In the deadline rules file, %1 is both a holiday and a make-up working day</translation>
    </message>
    <message>
        <source>期限规则文件中调休上班日%1本来就是工作日，不是周末</source>
        <translation>In the deadline rules file, make-up working day %1 is already a working day, not a weekend</translation>
    </message>
    <message>
        <source>报送乡镇的期限至少为1天</source>
        <translation>The period for reporting to the township is at least 1 day</translation>
    </message>
    <message>
        <source>期限天数至少为1</source>
        <translation>A period is at least 1 day</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>无法读取期限规则文件 %1：%2</source>
        <translation>Cannot read the deadline rules file %1: %2</translation>
    </message>
    <message>
        <source>报送乡镇</source>
        <translation>Report to township</translation>
    </message>
    <message>
        <source>书面告知是否受理</source>
        <translation>Written notice of acceptance or not</translation>
    </message>
    <message>
        <source>%1办理期限（%2）</source>
        <translation>%1 due date (%2)</translation>
    </message>
    <message>
        <source>期限规则文件 counting/%1 中“%2”不是真实的日期</source>
        <translation>In the deadline rules file, &quot;%2&quot; in counting/%1 is not a real date</translation>
    </message>
    <message>
        <source>书面告知是否受理（%1）</source>
        <translation>Written notice of acceptance or not (%1)</translation>
    </message>
    <message>
        <source>办结并书面答复</source>
        <translation>Close with a written answer</translation>
    </message>
    <message>
        <source>复查申请期限（期满未申请的可办结）</source>
        <translation>Review request period (may close if none is made)</translation>
    </message>
    <message>
        <source>办结并书面答复（已延期%1日）</source>
        <translation>Close with a written answer (extended %1 days)</translation>
    </message>
    <message>
        <source>作出复查意见</source>
        <translation>Give the review opinion</translation>
    </message>
    <message>
        <source>复核申请期限（期满未申请的可办结）</source>
        <translation>Re-examination request period (may close if none is made)</translation>
    </message>
    <message>
        <source>作出复核意见</source>
        <translation>Give the re-examination opinion</translation>
    </message>
    <message>
        <source>督办答复（%1）</source>
        <translation>Supervision answer (%1)</translation>
    </message>
    <message>
        <source>不认识的字段名</source>
        <translation>Unknown field name</translation>
    </message>
    <message>
        <source>转为信访事项请用“转为来访登记”：保存来访登记后自动改为此状态</source>
        <translation>To make it a case, use &quot;Register as visit&quot;: the status changes when that visit is saved</translation>
    </message>
    <message>
        <source>“%1”须选择采取的化解措施</source>
        <translation>&quot;%1&quot; needs the measures taken</translation>
    </message>
    <message>
        <source>销号日期早于排查日期（%1）</source>
        <translation>The strike-off date is before the date found (%1)</translation>
    </message>
    <message>
        <source>%1应写成“年-月-日”，如 2026-03-05</source>
        <translation>%1 should be written year-month-day, e.g. 2026-03-05</translation>
    </message>
    <message>
        <source>化解措施应为列表</source>
        <translation>Measures should be a list</translation>
    </message>
    <message>
        <source>化解措施只能是：%1</source>
        <translation>Measures can only be: %1</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>请填写%1</source>
        <translation>Please fill in: %1</translation>
    </message>
    <message>
        <source>请选择%1</source>
        <translation>Please choose: %1</translation>
    </message>
    <message>
        <source>%1晚于今天（%2），请核对</source>
        <translation>%1 is after today (%2); please check</translation>
    </message>
    <message>
        <source>%1早于1990年，请核对</source>
        <translation>%1 is before 1990; please check</translation>
    </message>
    <message>
        <source>已转为信访事项，按信访事项办理，状态不再在排查台账中更改</source>
        <translation>It became a case and is handled as one; its status no longer changes in the screening register</translation>
    </message>
    <message>
        <source>销号前须回访，请填写回访情况</source>
        <translation>A follow-up comes before striking off: please fill in the follow-up</translation>
    </message>
    <message>
        <source>请填写销号日期</source>
        <translation>Please fill in the strike-off date</translation>
    </message>
    <message>
        <source>只在办理状态为“已销号”时填写销号日期</source>
        <translation>Fill in the strike-off date only when the status is &quot;Struck off&quot;</translation>
    </message>
    <message>
        <source>%1不是日历上的日期，请核对</source>
        <translation>%1 is not a calendar date; please check</translation>
    </message>
    <message>
        <source>%1只能是：%2</source>
        <translation>%1 can only be: %2</translation>
    </message>
    <message>
        <source>区划代码应为12位数字；现在是%1位</source>
        <translation>The area code has 12 digits; this has %1</translation>
    </message>
    <message>
        <source>区划代码前两位“%1”不是内地省份代码</source>
        <translation>The first two digits &quot;%1&quot; are not a mainland province code</translation>
    </message>
    <message>
        <source>区划代码第3、4位（地市）不能是00</source>
        <translation>Digits 3-4 (prefecture) cannot be 00</translation>
    </message>
    <message>
        <source>区划代码第5、6位（县区）不能是00：前6位应是县级代码</source>
        <translation>Digits 5-6 (county) cannot be 00: the first 6 digits are a county code</translation>
    </message>
    <message>
        <source>区划代码第7至9位（乡镇街道）不能是000</source>
        <translation>Digits 7-9 (township) cannot be 000</translation>
    </message>
    <message>
        <source>身份证号前两位“%1”不是省份代码，请核对</source>
        <translation>The first two digits &quot;%1&quot; are not a province code; please check</translation>
    </message>
    <message>
        <source>身份证号里的出生日期 %1 晚于今天，请核对</source>
        <translation>The birth date %1 in the ID number is after today; please check</translation>
    </message>
    <message>
        <source>身份证号里的出生日期 %1 太早，请核对</source>
        <translation>The birth date %1 in the ID number is too early; please check</translation>
    </message>
    <message>
        <source>身份证号校验位不符：号码中可能有输错或颠倒的数字，请逐位核对</source>
        <translation>The check digit does not match: a digit may be wrong or swapped; check each one</translation>
    </message>
    <message>
        <source>身份证号应为18位（旧证15位），除最后一位可为X外都是数字；现在是%1位</source>
        <translation>An ID number has 18 characters (old cards 15), all digits except a final X; this has %1</translation>
    </message>
    <message>
        <source>身份证号里的出生日期 %1 不存在，请核对</source>
        <translation>The birth date %1 in the ID number does not exist; please check</translation>
    </message>
    <message>
        <source>请填写11位手机号码，或带区号的座机号码</source>
        <translation>Enter an 11-digit mobile number or a landline with its area code</translation>
    </message>
    <message>
        <source>电话号码只能包含数字（座机可用“-”分开区号）</source>
        <translation>A phone number has digits only (a landline may use &quot;-&quot; after the area code)</translation>
    </message>
    <message>
        <source>手机号码应为1开头的11位数字，第二位为3至9；现在是%1位</source>
        <translation>A mobile number has 11 digits, starting 13 to 19; this has %1</translation>
    </message>
    <message>
        <source>座机号码应为区号加7到8位号码，如 0371-62345678</source>
        <translation>A landline is an area code and 7 to 8 digits, e.g. 0371-62345678</translation>
    </message>
    <message>
        <source>座机号码请带区号，如 0371-62345678</source>
        <translation>Give the landline&apos;s area code, e.g. 0371-62345678</translation>
    </message>
    <message>
        <source>（整个文件）</source>
        <translation>(the whole file)</translation>
    </message>
    <message>
        <source>集体访人数标准应在2到1000人之间</source>
        <translation>The group visit size must be between 2 and 1000</translation>
    </message>
    <message>
        <source>自动锁定时间应在1到120分钟之间</source>
        <translation>The lock time must be between 1 and 120 minutes</translation>
    </message>
    <message>
        <source>保留的备份份数应在1到365之间</source>
        <translation>Backups kept must be between 1 and 365</translation>
    </message>
    <message>
        <source>报送乡镇的期限应在1到15天之间：乡镇还须在15日内告知是否受理</source>
        <translation>The reporting period must be 1 to 15 days: the township must still decide acceptance within 15 days</translation>
    </message>
    <message>
        <source>字号只能选标准、大或特大</source>
        <translation>Font size can only be Standard, Large or Extra large</translation>
    </message>
    <message>
        <source>界面语言只能选中文或English</source>
        <translation>The language can only be 中文 or English</translation>
    </message>
    <message>
        <source>请选择本机用于村级工作站还是乡镇</source>
        <translation>Choose whether this computer is a village station or a township</translation>
    </message>
    <message>
        <source>登录名用2到32个英文字母、数字或 _ . -（如 zhangsan）</source>
        <translation>A login has 2 to 32 letters, digits or _ . - (e.g. zhangsan)</translation>
    </message>
    <message>
        <source>密码至少%1位</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <source>请填写接待员姓名</source>
        <translation>Please fill in the clerk&apos;s name</translation>
    </message>
    <message>
        <source>%1应为文字</source>
        <translation>%1 should be text</translation>
    </message>
    <message>
        <source>%1最多%2个字，现有%3个字</source>
        <translation>%1: at most %2 characters, now %3</translation>
    </message>
    <message>
        <source>%1只能写一行，不能换行</source>
        <translation>%1 must be one line</translation>
    </message>
    <message>
        <source>%1含有不可见的控制字符（U+%2），请删除后重新输入</source>
        <translation>%1 contains an invisible control character (U+%2); delete it and type again</translation>
    </message>
    <message>
        <source>“%1”须填写%2</source>
        <translation>&quot;%1&quot; needs the %2</translation>
    </message>
    <message>
        <source>由系统生成，登记时不能填写</source>
        <translation>Set by the program; cannot be given when registering</translation>
    </message>
    <message>
        <source>只在证件类型为“无证件”时填写</source>
        <translation>Fill in only when the ID type is &quot;No document&quot;</translation>
    </message>
    <message>
        <source>与身份证号不符：身份证号表明是%1性</source>
        <translation>Does not match the ID number, which says %1</translation>
    </message>
    <message>
        <source>代表人应为列表，每人一项（name、id_number、phone）</source>
        <translation>Representatives should be a list, one item per person (name, id_number, phone)</translation>
    </message>
    <message>
        <source>代表人最多%1人（含来访人），其他代表人最多4人</source>
        <translation>At most %1 representatives (the visitor included): at most 4 others</translation>
    </message>
    <message>
        <source>代表人（含来访人）%1人，多于来访人数</source>
        <translation>Representatives (the visitor included): %1, more than the visitors</translation>
    </message>
    <message>
        <source>请填写第%1位其他代表人的姓名</source>
        <translation>Please fill in the name of representative %1</translation>
    </message>
    <message>
        <source>接待时间应写成“年-月-日 时:分”，如 2026-03-05 09:30</source>
        <translation>Write the time received as year-month-day hour:minute, e.g. 2026-03-05 09:30</translation>
    </message>
    <message>
        <source>接待时间晚于现在，请核对日期和时间</source>
        <translation>The time received is later than now; please check the date and time</translation>
    </message>
    <message>
        <source>接待时间早于1990年，请核对</source>
        <translation>The time received is before 1990; please check</translation>
    </message>
    <message>
        <source>不认识的字段名（字段名见 docs/fields.md）</source>
        <translation>Unknown field name (see docs/fields.md)</translation>
    </message>
    <message>
        <source>%1应为整数</source>
        <translation>%1 should be a whole number</translation>
    </message>
    <message>
        <source>%1应在%2到%3之间</source>
        <translation>%1 must be between %2 and %3</translation>
    </message>
    <message>
        <source>“%1”应为 true 或 false</source>
        <translation>&quot;%1&quot; should be true or false</translation>
    </message>
    <message>
        <source>证件类型为“无证件”时不填号码</source>
        <translation>No number when the ID type is &quot;No document&quot;</translation>
    </message>
    <message>
        <source>没有证件号码时，请选择原因</source>
        <translation>Without an ID number, please choose a reason</translation>
    </message>
    <message>
        <source>请填写%1号码，或将证件类型选为“无证件”</source>
        <translation>Fill in the %1 number, or choose the ID type &quot;No document&quot;</translation>
    </message>
    <message>
        <source>证件号码应为5到30位字母或数字</source>
        <translation>A document number has 5 to 30 letters or digits</translation>
    </message>
    <message>
        <source>不认识的字段：%1</source>
        <translation>Unknown fields: %1</translation>
    </message>
    <message>
        <source>第%1位其他代表人：%2</source>
        <translation>Representative %1: %2</translation>
    </message>
    <message>
        <source>无证件原因只能是：%1</source>
        <translation>The reason for no ID can only be: %1</translation>
    </message>
    <message>
        <source>第%1位其他代表人的%2</source>
        <translation>representative %1&apos;s %2</translation>
    </message>
    <message>
        <source>当前状态不允许这一操作</source>
        <translation>The current status does not allow this step</translation>
    </message>
    <message>
        <source>%1应为“年-月-日”格式的日期，如2026-03-02</source>
        <translation>%1 should be a date written year-month-day, e.g. 2026-03-02</translation>
    </message>
    <message>
        <source>%1应为“年-月-日 时:分”，如2026-03-02 09:30</source>
        <translation>%1 should be year-month-day hour:minute, e.g. 2026-03-02 09:30</translation>
    </message>
    <message>
        <source>案件当前为“%1”，%2不能进行“%3”</source>
        <translation>The case is &quot;%1&quot;: a %2 cannot do &quot;%3&quot;</translation>
    </message>
    <message>
        <source>此项由村级工作站办理</source>
        <translation>This step is the village station&apos;s</translation>
    </message>
    <message>
        <source>办理期限只能延长一次</source>
        <translation>The handling period can be extended only once</translation>
    </message>
    <message>
        <source>复核意见已作出，信访事项已终结，同一事实和理由不再受理</source>
        <translation>The re-examination opinion is given and the matter is concluded: the same facts and reasons are not accepted again</translation>
    </message>
    <message>
        <source>乡镇的办理程序已经结束</source>
        <translation>The township&apos;s procedure has ended</translation>
    </message>
    <message>
        <source>事项尚未上报乡镇</source>
        <translation>The matter has not been reported to the township</translation>
    </message>
    <message>
        <source>事项已经登记</source>
        <translation>The matter is already registered</translation>
    </message>
    <message>
        <source>%1不能晚于记录日期%2</source>
        <translation>%1 cannot be later than the recording date %2</translation>
    </message>
    <message>
        <source>村级工作站是信访代理（代办）点，不受理、不办理信访事项，此项由乡镇办理</source>
        <translation>A village station acts for petitioners and neither accepts nor handles petitions: this step is the township&apos;s</translation>
    </message>
    <message>
        <source>日期%1早于上一步“%2”的日期%3</source>
        <translation>The date %1 is before %3, the date of the previous step &quot;%2&quot;</translation>
    </message>
    <message>
        <source>办理期限已于%1届满，届满后不能再延期</source>
        <translation>The handling period ended on %1; it cannot be extended after that</translation>
    </message>
    <message>
        <source>复查</source>
        <translation>review</translation>
    </message>
    <message>
        <source>处理意见书</source>
        <translation>decision letter</translation>
    </message>
    <message>
        <source>复核</source>
        <translation>re-examination</translation>
    </message>
    <message>
        <source>%1申请期限（收到%2之日起%3日）已于%4届满</source>
        <translation>The %1 request period (%3 days from receiving the %2) ended on %4</translation>
    </message>
    <message>
        <source>没有待答复的督办</source>
        <translation>No supervision is waiting for an answer</translation>
    </message>
    <message>
        <source>%1理由</source>
        <translation>Reason for %1</translation>
    </message>
    <message>
        <source>%1告知书日期</source>
        <translation>%1 notice date</translation>
    </message>
    <message>
        <source>%1日期</source>
        <translation>%1 date</translation>
    </message>
    <message>
        <source>%1机关</source>
        <translation>%1 body</translation>
    </message>
    <message>
        <source>%1结论</source>
        <translation>%1 outcome</translation>
    </message>
    <message>
        <source>%1书日期</source>
        <translation>%1 letter date</translation>
    </message>
    <message>
        <source>事件时间应为datetime</source>
        <translation>The event time should be a datetime</translation>
    </message>
    <message>
        <source>%1应为%2之一</source>
        <translation>%1 should be one of: %2</translation>
    </message>
    <message>
        <source>%1应为1到%2之间的整数：延长办理期限不得超过%3日</source>
        <translation>%1 should be a whole number from 1 to %2: an extension is at most %3 days</translation>
    </message>
    <message>
        <source>%1不能晚于记录时间%2</source>
        <translation>%1 cannot be later than the recording time %2</translation>
    </message>
    <message>
        <source>“%1”没有“%2”这一项</source>
        <translation>&quot;%1&quot; has no item &quot;%2&quot;</translation>
    </message>
    <message>
        <source>请%1%2</source>
        <translation>Please %1: %2</translation>
    </message>
    <message>
        <source>%1应晚于%2</source>
        <translation>%1 must be after %2</translation>
    </message>
    <message>
        <source>办结时案件不在“%1”阶段，不能申请%2</source>
        <translation>The case was not at &quot;%1&quot; when closed: no %2 can be requested</translation>
    </message>
    <message>
        <source>未知的操作“%1”</source>
        <translation>Unknown step &quot;%1&quot;</translation>
    </message>
    <message>
        <source>未知的层级“%1”（应为station或township）</source>
        <translation>Unknown level &quot;%1&quot; (station or township)</translation>
    </message>
    <message>
        <source>%1“%2”不是真实的日期</source>
        <translation>%1 &quot;%2&quot; is not a real date</translation>
    </message>
    <message>
        <source>%1“%2”不是真实的时间</source>
        <translation>%1 &quot;%2&quot; is not a real time</translation>
    </message>
    <message>
        <source>选择</source>
        <translation>choose</translation>
    </message>
    <message>
        <source>填写</source>
        <translation>fill in</translation>
    </message>
    <message>
        <source>第%1个事件与此前的记录不符</source>
        <translation>Event %1 does not fit the earlier records</translation>
    </message>
    <message>
        <source>登录名或密码不对，请重新输入</source>
        <translation>Wrong login or password; please try again</translation>
    </message>
    <message>
        <source>密码连续输错5次，登录已锁定，请%1分钟后再试</source>
        <translation>5 wrong passwords in a row: this login is locked; try again in %1 minutes</translation>
    </message>
    <message>
        <source>登录名或密码不对，请重新输入（再错%1次将锁定5分钟）</source>
        <translation>Wrong login or password; please try again (%1 more and it locks for 5 minutes)</translation>
    </message>
    <message>
        <source>启用账号</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <source>停用账号</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>修改本人密码</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>无此登录名</source>
        <translation>No such login</translation>
    </message>
    <message>
        <source>密码连续输错5次，登录已锁定5分钟</source>
        <translation>5 wrong passwords in a row: login locked for 5 minutes</translation>
    </message>
    <message>
        <source>新增账号</source>
        <translation>Account added</translation>
    </message>
    <message>
        <source>密码错误</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <source>（命令行）</source>
        <translation>(command line)</translation>
    </message>
    <message>
        <source>第%1条及以后的记录不见了（被删除）</source>
        <translation>Entry %1 and those after it are missing (deleted)</translation>
    </message>
    <message>
        <source>第%1条记录不见了（被删除）</source>
        <translation>Entry %1 is missing (deleted)</translation>
    </message>
    <message>
        <source>第%1条记录与前一条接不上（被删除或调换）</source>
        <translation>Entry %1 does not follow the one before (deleted or swapped)</translation>
    </message>
    <message>
        <source>第%1条记录的内容被改动过</source>
        <translation>Entry %1 was changed</translation>
    </message>
    <message>
        <source>文件不存在</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>备份文件 %1 不能用：%2</source>
        <translation>The backup %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>无法在 %1 中备份：%2</source>
        <translation>Cannot back up in %1: %2</translation>
    </message>
    <message>
        <source>备份副本检查未通过：%1</source>
        <translation>The backup copy failed its check: %1</translation>
    </message>
    <message>
        <source>没有登记编号为 %1 的记录</source>
        <translation>There is no record with serial %1</translation>
    </message>
    <message>
        <source>此数据库由更新版本的信访接待台写入（%1），请用新版本程序打开</source>
        <translation>This database was written by a newer version of the program (%1); open it with the new version</translation>
    </message>
    <message>
        <source>无法读取数据库文件 %1（%2）：文件可能已损坏，或不是信访接待台的数据库</source>
        <translation>Cannot read the database file %1 (%2): it may be damaged, or not this program&apos;s database</translation>
    </message>
    <message>
        <source>排查台账中没有第%1条</source>
        <translation>The screening register has no entry %1</translation>
    </message>
    <message>
        <source>转为信访事项请用“转为来访登记”</source>
        <translation>To make it a case, use &quot;Register as visit&quot;</translation>
    </message>
    <message>
        <source>这条排查记录已转为信访事项（%1）</source>
        <translation>This entry already became a case (%1)</translation>
    </message>
    <message>
        <source>没有第%1号来访登记</source>
        <translation>There is no visit number %1</translation>
    </message>
    <message>
        <source>没有登记编号为 %1 的来访登记</source>
        <translation>There is no visit with serial %1</translation>
    </message>
    <message>
        <source>已转为信访事项（%1），状态不再在排查台账中更改</source>
        <translation>It became a case (%1); its status no longer changes in the screening register</translation>
    </message>
    <message>
        <source>数据库 %1 已被另一个信访接待台程序打开</source>
        <translation>The database %1 is open in another copy of the program</translation>
    </message>
    <message>
        <source>按登记的接待时间（received_at）落在统计期间内的事项计；状态和步骤取至统计日。</source>
        <translation>Matters whose reception time (received_at) falls in the period; states and steps as of the report date.</translation>
    </message>
    <message>
        <source>（未分类）</source>
        <translation>(uncategorised)</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>（未定包案领导）</source>
        <translation>(no responsible leader yet)</translation>
    </message>
    <message>
        <source>（未交办单位）</source>
        <translation>(not handed to an office)</translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%3/%2/%1</translation>
    </message>
    <message>
        <source>%1至%2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>受理率</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>作出“受理”决定的事项数</source>
        <translation>Matters decided &quot;accepted&quot;</translation>
    </message>
    <message>
        <source>已作出受理决定（受理、不予受理、不再受理）的事项数</source>
        <translation>Matters with an acceptance decision (accepted, not accepted, no longer accepted)</translation>
    </message>
    <message>
        <source>尚未作出决定的事项不计入。</source>
        <translation>Matters not yet decided are not counted.</translation>
    </message>
    <message>
        <source>按期受理率</source>
        <translation>On-time acceptance</translation>
    </message>
    <message>
        <source>在受理告知期限最后一日或之前作出受理决定（受理、不予受理、不再受理）的事项数</source>
        <translation>Matters whose acceptance decision (accepted, not accepted, no longer accepted) came on or before the last day of the acceptance period</translation>
    </message>
    <message>
        <source>已上报乡镇、且已作出受理决定或受理告知期限已在统计日之前届满的事项数</source>
        <translation>Matters reported to the township that were decided, or whose acceptance period ended before the report date</translation>
    </message>
    <message>
        <source>受理告知期限自上报乡镇之日起算；决定前转送交办的，自最后一次转送交办之日重新起算；决定日为告知书日期。期限尚未届满且未作决定的事项不计入。</source>
        <translation>The acceptance period runs from the day the matter was reported to the township; if it was forwarded or handed over before the decision, it runs again from the last such day; the decision date is the notice&apos;s date. Matters still within the period and undecided are not counted.</translation>
    </message>
    <message>
        <source>办结率</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>已办结的事项数：已就地化解，或已出具信访处理意见书（已答复及其后的复查、复核、终结、办结）</source>
        <translation>Matters completed: settled on the spot, or answered with a written handling opinion (answered, and the review, re-examination, ending and closing that follow)</translation>
    </message>
    <message>
        <source>全部事项数，减去不予受理和不再受理的事项数</source>
        <translation>All matters, less those not accepted or no longer accepted</translation>
    </message>
    <message>
        <source>不予受理、不再受理的事项已导入其他法定途径，不计入办结率。</source>
        <translation>Matters not accepted or no longer accepted were directed to other legal channels and are not counted.</translation>
    </message>
    <message>
        <source>按期办结率</source>
        <translation>On-time completion</translation>
    </message>
    <message>
        <source>在办理期限（含延期）最后一日或之前出具信访处理意见书的事项数</source>
        <translation>Matters answered with a written handling opinion on or before the last day of the handling period (extension included)</translation>
    </message>
    <message>
        <source>已受理、且已出具信访处理意见书或办理期限已在统计日之前届满的事项数</source>
        <translation>Accepted matters that were answered, or whose handling period ended before the report date</translation>
    </message>
    <message>
        <source>办理期限自受理告知书日期起算，延期的顺延延长天数；答复日为处理意见书日期。期限尚未届满且未答复的事项不计入。</source>
        <translation>The handling period runs from the date of the acceptance notice, lengthened by any extension; the answer date is the handling opinion&apos;s date. Matters still within the period and unanswered are not counted.</translation>
    </message>
    <message>
        <source>息诉息访率</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>已办结、未申请复查或复核、且同一来访人此后未就同一事项再次登记的事项数</source>
        <translation>Completed matters with no review or re-examination asked for and no later visit by the same person on the same matter</translation>
    </message>
    <message>
        <source>已办结的事项数（即办结率的分子）</source>
        <translation>Completed matters (the numerator of Completion)</translation>
    </message>
    <message>
        <source>同一来访人：有证件号码的，证件号码相同；没有的，姓名与电话均相同。同一事项：一级、二级分类与涉及单位均相同（与登记时提示重复访的规则一致）。</source>
        <translation>Same person: the same ID number, or without one the same name and phone. Same matter: the same category, subcategory and unit involved (the rule that suggests a repeat visit at registration).</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>最近一次回访评价为“满意”或“基本满意”的事项数</source>
        <translation>Matters whose latest follow-up was &quot;satisfied&quot; or &quot;mostly satisfied&quot;</translation>
    </message>
    <message>
        <source>有回访评价的事项数</source>
        <translation>Matters with a follow-up</translation>
    </message>
    <message>
        <source>每件事项只计最近一次回访；就地化解时记录的来访人意见不是回访，不计入。</source>
        <translation>Only each matter&apos;s latest follow-up counts; the visitor&apos;s view recorded when a matter was settled on the spot is not a follow-up.</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>%1年第%2季度</source>
        <translation>Q%2 %1</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>统计期间的结束日期不能早于开始日期</source>
        <translation>The period&apos;s end cannot be before its start</translation>
    </message>
    <message>
        <source>季度应为1到4</source>
        <translation>The quarter must be 1 to 4</translation>
    </message>
    <message>
        <source>比率的分子%1应在0与分母%2之间</source>
        <translation>A rate&apos;s numerator %1 must lie between 0 and its denominator %2</translation>
    </message>
    <message>
        <source>集体访</source>
        <translation>Group visit</translation>
    </message>
    <message>
        <source>重复访</source>
        <translation>Repeat visit</translation>
    </message>
    <message>
        <source>越级访</source>
        <translation>Leapfrog visit</translation>
    </message>
    <message>
        <source>站点代码</source>
        <translation>Station code</translation>
    </message>
    <message>
        <source>工作站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Matters</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>占比（件）</source>
        <translation>Share (matters)</translation>
    </message>
    <message>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>人数为来访人数之和（人次）；在办为仍有期限在运行的事项（待办），超期为下一期限已过。</source>
        <translation>People is the sum of headcounts (person-visits); open means a deadline is still running (to-do), overdue means the next deadline has passed.</translation>
    </message>
    <message>
        <source>办理指标</source>
        <translation>Handling rates</translation>
    </message>
    <message>
        <source>各项指标的分子、分母与期间归属见“口径说明”。</source>
        <translation>Each rate&apos;s numerator, denominator and dating are under &quot;Definitions&quot;.</translation>
    </message>
    <message>
        <source>月度趋势</source>
        <translation>Monthly trend</translation>
    </message>
    <message>
        <source>统计期间最后一日所在月及其前11个月，按接待时间计。</source>
        <translation>The month of the period&apos;s last day and the 11 months before it, by reception time.</translation>
    </message>
    <message>
        <source>主要问题及变化</source>
        <translation>Main issues and change</translation>
    </message>
    <message>
        <source>上期：%1。</source>
        <translation>Previous period: %1.</translation>
    </message>
    <message>
        <source>每件事项取最近一次回访。</source>
        <translation>Each matter&apos;s latest follow-up.</translation>
    </message>
    <message>
        <source>在办（按包案领导）</source>
        <translation>Open, by responsible leader</translation>
    </message>
    <message>
        <source>在办（按承办单位）</source>
        <translation>Open, by handling office</translation>
    </message>
    <message>
        <source>口径说明</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>分子</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>分母</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>比率</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>本期件数</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>上期件数</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>增减</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>增减幅度</source>
        <translation>Change (%)</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>其中超期</source>
        <translation>of which overdue</translation>
    </message>
    <message>
        <source>各站情况</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>各站办理指标</source>
        <translation>Rates by station</translation>
    </message>
    <message>
        <source>期间归属</source>
        <translation>Counted in the period by</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>用备份恢复</source>
        <translation>restore from a backup</translation>
    </message>
    <message>
        <source>每日自动备份</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <source>从 %1 恢复</source>
        <translation>Restored from %1</translation>
    </message>
    <message>
        <source>；原文件已备份为 %1</source>
        <translation>; the file it replaced was backed up as %1</translation>
    </message>
    <message>
        <source>登记编号 %1 的第 %2 项办理记录没有告知书</source>
        <translation>Step %2 of %1 has no notice</translation>
    </message>
    <message>
        <source>登记编号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>分类文件格式不对：%1</source>
        <translation>The category file is not in the right format: %1</translation>
    </message>
    <message>
        <source>期限规则文件格式不对：%1</source>
        <translation>The deadline rules file is not in the right format: %1</translation>
    </message>
    <message>
        <source>内容分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>台账%1条（%2） → %3</source>
        <translation>Register: %1 rows (%2) → %3</translation>
    </message>
    <message>
        <source>来访台账</source>
        <translation>Visit register</translation>
    </message>
    <message>
        <source>回执%1 → %2</source>
        <translation>Slip %1 → %2</translation>
    </message>
    <message>
        <source>未导出</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>（无此记录）</source>
        <translation>(no such record)</translation>
    </message>
    <message>
        <source>收自工作站（对方第%1版）</source>
        <translation>Received from the station (its version %1)</translation>
    </message>
    <message>
        <source>被拒</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>已导出（第%1号文件）</source>
        <translation>Exported (file no. %1)</translation>
    </message>
    <message>
        <source>并发修改：%1</source>
        <translation>Changed on both sides: %1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>并发修改已核对</source>
        <translation>Changes on both sides checked</translation>
    </message>
    <message>
        <source>第%1号文件：来访%2件，事件%3条%4%5</source>
        <translation>File no. %1: visits %2, events %3%4%5</translation>
    </message>
    <message>
        <source>正在读取记录…</source>
        <translation>Reading records…</translation>
    </message>
    <message>
        <source>正在加密、签名…</source>
        <translation>Encrypting and signing…</translation>
    </message>
    <message>
        <source>正在写入U盘…</source>
        <translation>Writing to the USB stick…</translation>
    </message>
    <message>
        <source>正在读回检查…</source>
        <translation>Reading back and checking…</translation>
    </message>
    <message>
        <source>（第%1–%2号）</source>
        <translation> (nos. %1–%2)</translation>
    </message>
    <message>
        <source>本机是乡镇：乡镇导出的是给各工作站的反馈文件</source>
        <translation>This computer is a township&apos;s: a township exports feedback files for its stations</translation>
    </message>
    <message>
        <source>还没有导入乡镇的公钥文件，不能加密同步文件。请先在“同步”页导入乡镇的公钥文件；确需导出不加密的文件时，请明确选择“不加密导出”</source>
        <translation>The township&apos;s public key file has not been imported, so the sync file cannot be encrypted. Import it on the Sync page first; to export unencrypted, choose &quot;Export unencrypted&quot; on purpose</translation>
    </message>
    <message>
        <source>没有新的或未确认的记录需要导出：乡镇已确认收到本站的全部记录</source>
        <translation>Nothing new or unacknowledged to export: the township has acknowledged all of this station&apos;s records</translation>
    </message>
    <message>
        <source>，未加密</source>
        <translation>, unencrypted</translation>
    </message>
    <message>
        <source>，全量</source>
        <translation>, full</translation>
    </message>
    <message>
        <source>本站和乡镇都在同一版本之后改动了此案件：双方的记录都已保留，已标为并发修改，请核对</source>
        <translation>The station and the township both changed this case after the same version: both records are kept and marked as changed on both sides; please check</translation>
    </message>
    <message>
        <source>本机是村级工作站：反馈文件由乡镇导出</source>
        <translation>This computer is a village station&apos;s: feedback files come from the township</translation>
    </message>
    <message>
        <source>还没有登记工作站（代码 %1）的公钥，不能为它加密反馈文件：请先登记其公钥文件</source>
        <translation>No public key is registered for station %1, so its feedback cannot be encrypted: register its key file first</translation>
    </message>
    <message>
        <source>没有要反馈给工作站（代码 %1）的内容</source>
        <translation>No feedback for station %1</translation>
    </message>
    <message>
        <source>本站没有这条登记</source>
        <translation>This station has no such registration</translation>
    </message>
    <message>
        <source>，确认%1条</source>
        <translation>, acknowledgements: %1</translation>
    </message>
    <message>
        <source>同一版本的内容与此前收到的不同</source>
        <translation>The same version differs from what was received before</translation>
    </message>
    <message>
        <source>反馈</source>
        <translation>feedback</translation>
    </message>
    <message>
        <source>还有来访%1件、办理记录%2条乡镇尚未确认收到，现在不能%3：请先导出同步文件交乡镇导入，再导入乡镇的反馈文件</source>
        <translation>The township has not yet acknowledged visits: %1, case steps: %2, so you cannot %3 now: export a sync file for the township to import, then import its feedback file</translation>
    </message>
    <message>
        <source>导入前自动备份</source>
        <translation>Backup before import</translation>
    </message>
    <message>
        <source>这是导出中断时留下的临时文件，不是完整的同步文件</source>
        <translation>This is a temporary file left by an interrupted export, not a complete sync file</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>%1 第%2号文件：%3</source>
        <translation>%1 file no. %2: %3</translation>
    </message>
    <message>
        <source>未导入：%1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>无法读取：%1</source>
        <translation>Cannot read: %1</translation>
    </message>
    <message>
        <source>这份文件已于 %1 导入过，没有任何改动</source>
        <translation>This file was imported on %1; nothing changed</translation>
    </message>
    <message>
        <source>这是乡镇发给工作站的反馈文件，应在工作站导入</source>
        <translation>This is a township&apos;s feedback file for a station: import it at the station</translation>
    </message>
    <message>
        <source>这是工作站报送乡镇的同步文件，应在乡镇导入</source>
        <translation>This is a station&apos;s sync file for the township: import it at the township</translation>
    </message>
    <message>
        <source>拒绝导入（%1）：%2</source>
        <translation>Refused (%1): %2</translation>
    </message>
    <message>
        <source>这是本机导出的文件，不需要在本机导入（已跳过）</source>
        <translation>This computer exported this file; it need not be imported here (skipped)</translation>
    </message>
    <message>
        <source>第%1号“%2”</source>
        <translation>no. %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>“%1”不是%2的操作</source>
        <translation>&quot;%1&quot; is not a step a %2 takes</translation>
    </message>
    <message>
        <source>办理记录的内容不是规范的格式（多余的空白或写法不同）</source>
        <translation>The step&apos;s content is not in canonical form (extra spaces or other spelling)</translation>
    </message>
    <message>
        <source>缺少此前的记录（所属来访或更早的事件），暂不导入：补齐缺少的文件后对方会重新发送</source>
        <translation>Earlier records are missing (the visit or earlier events): not imported yet; the sender sends it again once the missing file is in</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>缺少%1事件：可能少导入了一份同步文件，请向工作站要来补上，或请工作站全量导出</source>
        <translation>Events %1 are missing: a sync file may not have been imported; ask the station for it, or for a full export</translation>
    </message>
    <message>
        <source>第%1号文件应接在第%2号文件之后，但本机收到的第%3号文件不是它所接的那份：对方可能从备份恢复过数据后重复使用了文件编号，请与对方核对这两份文件</source>
        <translation>File %1 should follow file %2, but the file %3 received here is not the one it follows: the sender may have restored its data from a backup and used the file number again. Check the two files with the sender</translation>
    </message>
    <message>
        <source>%1 %2：%3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>第%1号</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>第%1–%2号</source>
        <translation>nos. %1–%2</translation>
    </message>
    <message>
        <source>已有 %1 条</source>
        <translation>Already here: %1</translation>
    </message>
    <message>
        <source>冲突 %1 条</source>
        <translation>Conflicts: %1</translation>
    </message>
    <message>
        <source>被拒 %1 条</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>新增 来访%1条、事件%2条</source>
        <translation>New: visits %1, events %2</translation>
    </message>
    <message>
        <source>暂缓 %1 条</source>
        <translation>Held back: %1</translation>
    </message>
    <message>
        <source>乡镇确认收到本站记录 %1 条</source>
        <translation>Acknowledged by the township: %1</translation>
    </message>
    <message>
        <source>冲突：%1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <source>被拒：%1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>暂缓：%1</source>
        <translation>Held back: %1</translation>
    </message>
    <message>
        <source>，更新来访%1条</source>
        <translation>, visits updated: %1</translation>
    </message>
    <message>
        <source>这是%1的公钥文件，应导入乡镇的公钥文件</source>
        <translation>This is %1&apos;s public key file; import the township&apos;s</translation>
    </message>
    <message>
        <source>“%1”（代码 %2）不是本站所属的乡镇：本站（代码 %3）的乡镇代码应为 %4</source>
        <translation>&quot;%1&quot; (code %2) is not this station&apos;s township: the township of station %3 has code %4</translation>
    </message>
    <message>
        <source>%1 %2，指纹 %3</source>
        <translation>%1 %2, fingerprint %3</translation>
    </message>
    <message>
        <source>这个数据库还没有设置工作站</source>
        <translation>This database has no station set up yet</translation>
    </message>
    <message>
        <source>本机还没有同步用的密钥</source>
        <translation>This computer has no sync keys yet</translation>
    </message>
    <message>
        <source>这是%1的公钥文件；本机是%2，应导入%3的公钥文件</source>
        <translation>This is a %1&apos;s public key file; this computer is a %2 and needs a %3&apos;s</translation>
    </message>
    <message>
        <source>这是本机自己的公钥文件</source>
        <translation>This is this computer&apos;s own public key file</translation>
    </message>
    <message>
        <source>（替换原指纹 %1）</source>
        <translation> (replacing fingerprint %1)</translation>
    </message>
    <message>
        <source>工作站“%1”（代码 %2）不属于本乡镇（代码 %3）：村级工作站的区划代码应以本乡镇代码的前9位开头</source>
        <translation>Station &quot;%1&quot; (code %2) is not in this township (code %3): a village station&apos;s code starts with the township&apos;s first 9 digits</translation>
    </message>
    <message>
        <source>登记公钥：</source>
        <translation>Key registered: </translation>
    </message>
    <message>
        <source>本机已有登记编号相同的另一条来访记录：工作站可能从较早的备份恢复后重复使用了编号，未导入，请与工作站核对</source>
        <translation>Another visit here already has this serial: the station may have restored an older backup and used the number again. Not loaded; check with the station</translation>
    </message>
    <message>
        <source>工作站和乡镇都在同一版本之后改动了此案件：双方的记录都已保留，已标为并发修改，请核对</source>
        <translation>The station and the township both changed this case after the same version: both records are kept and marked as changed on both sides; please check</translation>
    </message>
    <message>
        <source>登记编号和工作站代码应属于发送文件的工作站（%1）</source>
        <translation>The serial and station code must be those of the sending station (%1)</translation>
    </message>
    <message>
        <source>同一版本（第%1版）的内容与此前收到的不同：未覆盖，请核对</source>
        <translation>Version %1 differs from what was received before: not overwritten; please check</translation>
    </message>
    <message>
        <source>本机有一条编号相同的记录不是从这个工作站收到的</source>
        <translation>A record with this serial here did not come from this station</translation>
    </message>
    <message>
        <source>（无事件）</source>
        <translation>(no events)</translation>
    </message>
    <message>
        <source>报送乡镇的同步文件</source>
        <translation>sync file for the township</translation>
    </message>
    <message>
        <source>乡镇的反馈文件</source>
        <translation>township&apos;s feedback file</translation>
    </message>
    <message>
        <source>签名正确：%1，由%2签名</source>
        <translation>Signature correct: %1, signed by %2</translation>
    </message>
    <message>
        <source>发给：%1（%2）；第%3号文件；生成于 %4</source>
        <translation>For: %1 (%2); file no. %3; made %4</translation>
    </message>
    <message>
        <source>内容：来访%1件，事件%2条，确认%3条；事件序号 %4</source>
        <translation>Content: visits %1, events %2, acknowledgements %3; events %4</translation>
    </message>
    <message>
        <source>SHA-256：%1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>这是导出中断时留下的临时文件（名字以点开头、以 .part 结尾），不是同步文件</source>
        <translation>This is a temporary file left by an interrupted export (its name starts with a dot and ends in .part), not a sync file</translation>
    </message>
    <message>
        <source>加密：</source>
        <translation>Encrypted: </translation>
    </message>
    <message>
        <source>内容已解密检查：格式、逐条校验值、数量、序号范围均无误</source>
        <translation>Content decrypted and checked: format, each record&apos;s hash, counts and numbers all correct</translation>
    </message>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>否（本文件未加密）</source>
        <translation>no (this file is not encrypted)</translation>
    </message>
    <message>
        <source>内容是加密的，只有收件方能解密检查；以上签名和文件头已检查无误</source>
        <translation>The content is encrypted: only the recipient can decrypt and check it; the signature and header above are correct</translation>
    </message>
    <message>
        <source>文件夹 %1 不存在（U盘是否已插好？）</source>
        <translation>The folder %1 does not exist (is the USB stick plugged in?)</translation>
    </message>
    <message>
        <source>写入U盘的文件读回后与生成的不一致：请换一个U盘再导出</source>
        <translation>The file read back from the USB stick differs from what was written: export again to another stick</translation>
    </message>
    <message>
        <source>无法写入 %1：%2（U盘是否已拔出、写满或写保护？）</source>
        <translation>Cannot write %1: %2 (is the USB stick removed, full or write-protected?)</translation>
    </message>
    <message>
        <source>写入的文件读回检查不通过：%1</source>
        <translation>The file written failed its read-back check: %1</translation>
    </message>
    <message>
        <source>JSON 中不允许 %1</source>
        <translation>%1 is not allowed in JSON</translation>
    </message>
    <message>
        <source>键“%1”出现了两次</source>
        <translation>The key &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>应为 base64 文字</source>
        <translation>should be base64 text</translation>
    </message>
    <message>
        <source>base64 的写法不规范</source>
        <translation>the base64 is not in canonical form</translation>
    </message>
    <message>
        <source>应为%1字节，实为%2字节</source>
        <translation>should be %1 bytes, is %2</translation>
    </message>
    <message>
        <source>不是 UTF-8 编码（第%1个字节）</source>
        <translation>not UTF-8 (byte %1)</translation>
    </message>
    <message>
        <source>嵌套层数过多</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <source>不是有效的 base64：%1</source>
        <translation>not valid base64: %1</translation>
    </message>
    <message>
        <source>本文件未加密：拿到它的任何人都能读到其中来访人的姓名、身份证号、电话和反映的事项，请妥善保管，用完即删</source>
        <translation>This file is not encrypted: whoever has it can read the visitors&apos; names, ID numbers, phones and matters. Keep it safe and delete it after use</translation>
    </message>
    <message>
        <source>%1 %2（%3）</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <source>还没有导入对方的公钥文件，不能加密同步文件。请先导入公钥文件；确需导出不加密的文件时，请明确选择“不加密导出”</source>
        <translation>The other side&apos;s public key file has not been imported, so the sync file cannot be encrypted. Import it first; to export unencrypted, choose &quot;Export unencrypted&quot; on purpose</translation>
    </message>
    <message>
        <source>%1：文件头不完整（%2）</source>
        <translation>%1: the file header is incomplete (%2)</translation>
    </message>
    <message>
        <source>这份同步文件是发给“%1”（代码 %2）的，不是发给本机（代码 %3）的</source>
        <translation>This sync file is for &quot;%1&quot; (code %2), not for this computer (code %3)</translation>
    </message>
    <message>
        <source>同步文件头写的数量（%1）与内容（%2）不符</source>
        <translation>The counts in the header (%1) do not match the content (%2)</translation>
    </message>
    <message>
        <source>%1：文件是空的</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>这不是接待台的同步文件</source>
        <translation>This is not a sync file of this program</translation>
    </message>
    <message>
        <source>同步文件的格式版本号不对，无法读取</source>
        <translation>The sync file&apos;s format version is wrong; it cannot be read</translation>
    </message>
    <message>
        <source>这份同步文件是较新版本的程序生成的（格式第%1版），本程序只能读取第%2版及以前的：请先升级本机的接待台程序</source>
        <translation>This sync file was made by a newer version (format %1); this program reads format %2 and older: upgrade the program on this computer first</translation>
    </message>
    <message>
        <source>%1：缺少发送方或签名</source>
        <translation>%1: the sender or the signature is missing</translation>
    </message>
    <message>
        <source>“%1”（代码 %2）</source>
        <translation>&quot;%1&quot; (code %2)</translation>
    </message>
    <message>
        <source>代码 %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>发送方%1的公钥尚未在本机登记，无法确认文件的来源：请先导入该方的公钥文件</source>
        <translation>The sender %1&apos;s public key is not registered here, so the file&apos;s origin cannot be confirmed: import the sender&apos;s public key file first</translation>
    </message>
    <message>
        <source>同步文件头不符合格式：%1</source>
        <translation>The sync file header is not in the right format: %1</translation>
    </message>
    <message>
        <source>同步文件头的事件序号范围不对：起始序号大于结束序号</source>
        <translation>The header&apos;s event range is wrong: the first number is after the last</translation>
    </message>
    <message>
        <source>同步文件头前后矛盾：所属乡镇与收发双方不符</source>
        <translation>The header contradicts itself: the township does not match sender and recipient</translation>
    </message>
    <message>
        <source>文件是用另一把公钥（指纹 %1）加密的，本机公钥的指纹是 %2：无法解密。请让对方导入本机现在的公钥文件后重新导出</source>
        <translation>The file was encrypted for another key (fingerprint %1); this computer&apos;s key is %2: it cannot be decrypted. Ask the sender to import this computer&apos;s current public key file and export again</translation>
    </message>
    <message>
        <source>同步文件解密后的内容应为一个 JSON 对象</source>
        <translation>The decrypted content should be a JSON object</translation>
    </message>
    <message>
        <source>同步文件解压后超过 2 GB，不能导入</source>
        <translation>The sync file is over 2 GB once unpacked and cannot be imported</translation>
    </message>
    <message>
        <source>同步文件解密后的压缩内容不完整或有多余的部分</source>
        <translation>The decrypted, compressed content is incomplete or has extra parts</translation>
    </message>
    <message>
        <source>同步文件中事件序号 %1 不在文件头写的范围 %2–%3 之内</source>
        <translation>Event %1 is outside the header&apos;s range %2–%3</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1%2条</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>要导出的内容有 %1 GB，超过一个同步文件能加密的 2 GB：请按事件序号分成几个文件导出</source>
        <translation>The export holds %1 GB, more than the 2 GB one sync file can encrypt: export it in several files by event number</translation>
    </message>
    <message>
        <source>签名不符：这份文件在“%1”签名之后被改动过（或已损坏），不能导入</source>
        <translation>Signature mismatch: the file was changed after &quot;%1&quot; signed it (or is damaged); it cannot be imported</translation>
    </message>
    <message>
        <source>文件的加密部分无法解密：文件已被改动或损坏，不能导入</source>
        <translation>The encrypted part cannot be decrypted: the file was changed or is damaged; it cannot be imported</translation>
    </message>
    <message>
        <source>同步文件解密后的内容不是有效的 JSON：%1</source>
        <translation>The decrypted content is not valid JSON: %1</translation>
    </message>
    <message>
        <source>同步文件解密后的内容无法解压：%1</source>
        <translation>The decrypted content cannot be unpacked: %1</translation>
    </message>
    <message>
        <source>同步文件含有事件，但文件头没有写事件序号范围</source>
        <translation>The sync file has events but its header gives no event range</translation>
    </message>
    <message>
        <source>文件的签名密钥（指纹 %1）与本机登记的“%2”公钥（指纹 %3）不一致：文件不是用该方登记的密钥签名的（被改动过，或该方更换了密钥，须重新登记其公钥文件）</source>
        <translation>The signing key (fingerprint %1) differs from the key registered for &quot;%2&quot; (fingerprint %3): the file was not signed with that key (it was changed, or the sender has a new key whose file must be registered)</translation>
    </message>
    <message>
        <source>这不是接待台的公钥文件（应含 &quot;format&quot;: &quot;desk-public-key/1&quot;）</source>
        <translation>This is not a public key file of this program (it should contain &quot;format&quot;: &quot;desk-public-key/1&quot;)</translation>
    </message>
    <message>
        <source>公钥文件格式不对：%1</source>
        <translation>The public key file is not in the right format: %1</translation>
    </message>
    <message>
        <source>公钥文件中的指纹（%1）与密钥算出的指纹（%2）不符：文件已损坏或被改动，请向对方重新索取</source>
        <translation>The fingerprint in the file (%1) does not match the key&apos;s (%2): the file is damaged or changed; ask for it again</translation>
    </message>
    <message>
        <source>签名私钥应为 Ed25519 密钥</source>
        <translation>The signing key must be an Ed25519 key</translation>
    </message>
    <message>
        <source>加密私钥应为 X25519 密钥</source>
        <translation>The encryption key must be an X25519 key</translation>
    </message>
    <message>
        <source>公钥文件中的密钥无效：%1</source>
        <translation>The key in the public key file is not valid: %1</translation>
    </message>
    <message>
        <source>公钥文件已损坏，无法读取：%1</source>
        <translation>The public key file is damaged and cannot be read: %1</translation>
    </message>
    <message>
        <source>无法读取公钥文件 %1：%2</source>
        <translation>Cannot read the public key file %1: %2</translation>
    </message>
    <message>
        <source>已接收</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>已有</source>
        <translation>Already here</translation>
    </message>
    <message>
        <source>事件序号</source>
        <translation>event numbers</translation>
    </message>
    <message>
        <source>同步文件的内容不符合格式：%1</source>
        <translation>The sync file&apos;s content is not in the right format: %1</translation>
    </message>
    <message>
        <source>同步文件中第%1条来访（%2）的校验值与内容不符</source>
        <translation>Visit %1 (%2) in the sync file does not match its hash</translation>
    </message>
    <message>
        <source>同步文件中%1“%2”出现了两次</source>
        <translation>%1 &quot;%2&quot; appears twice in the sync file</translation>
    </message>
    <message>
        <source>同步文件中第%1条来访含有无效的字符</source>
        <translation>Visit %1 in the sync file has invalid characters</translation>
    </message>
    <message>
        <source>手动备份</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <source>重新设置工作站</source>
        <translation>set up the station again</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>回执文件无法读取</source>
        <translation>The slip&apos;s file cannot be read</translation>
    </message>
    <message>
        <source>（本机没有打印机）</source>
        <translation>(this computer has no printer)</translation>
    </message>
    <message>
        <source>找不到打印机“%1”。可用的打印机：%2</source>
        <translation>Printer &quot;%1&quot; not found. Printers: %2</translation>
    </message>
    <message>
        <source>本机没有可用的打印机：请用 --printer 指明，或改用 --out 保存 PDF</source>
        <translation>No printer available: name one with --printer, or save a PDF with --out</translation>
    </message>
    <message>
        <source>打印机“%1”不支持回执的纸张大小</source>
        <translation>Printer &quot;%1&quot; does not take the slip&apos;s paper size</translation>
    </message>
    <message>
        <source>无法开始打印：打印机“%1”没有响应</source>
        <translation>Cannot start printing: printer &quot;%1&quot; does not respond</translation>
    </message>
</context>
</TS>
