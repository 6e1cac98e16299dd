/**
 * Words too general to be a tag however often a story uses them: the vocabulary of every
 * government report and of the newsroom itself. TF-IDF over the paper's own archive pushes
 * these down anyway; the list matters while the archive is still small.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `发展 工作 建设 推进 经济 社会 会议 全会 精神 要求 部署 体系 方面 全市 我市 群众 成绩 任务 问题 时代 方向 力量
   水平 能力 作用 重点 目标 措施 机制 领域 过程 时候 情况 基础 环境 质量 形势 主线 思想 行动 政治 责任 使命 信心
   决心 干劲 实效 成效 进步 格局 路径 动能 优势 保障 服务 管理 治理 改革 创新 开放 企业 项目 产业 工业 政策 人员
   单位 部门 地区 全省 全国 省市 市级 各级 上下 大家 同志 人民 中心 记者 融媒 评论员 本报讯 通讯员 编辑 摄影 全体
   关键 重要 期间 今年 明年 去年 当前 目前 今后 近年来 年度 以来 之际 之年 一年 时间 标志性 标杆 干部 作风 效能
   贡献 担当 荣誉 指标 增长 规划 系统 整体 机遇 挑战 困难 希望 状态 实绩 奋力 全力 合作 融合 协同 组织 活动 党委
   党委书记 书记 局长 董事长 总经理 主任 代表 一行 视察组 总书记 市委市政府 省委省政府 党中央
   高质量 高水平 高素质 经济社会 新格局 满意度 深度 城市 古城 新城 农村 城乡 乡村 全域 职业 民生 师生 文明 公正 爱国
   共识 战鼓 蓝图 施工图 实景图 含金量 贡献度 新动能 新优势 新征程 新时代 新形势 新要求 新目标 新任务`.split(/\s+/).filter(Boolean),
);
