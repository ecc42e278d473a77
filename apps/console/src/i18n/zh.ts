import type { RefusalReason } from '../api/refusal-reasons';

/** Every string of the console in Chinese, the default language; en.ts must give each one in English. */
export const zh = {
  appName: 'ChainMatch 长三角产业链供需对接',
  appShortName: 'ChainMatch',
  skipToContent: '跳到主要内容',
  nav: {
    search: '搜索', enterprise: '我的企业', matches: '匹配', interest: '意向', curation: '撮合队列', insight: '产业链洞察',
    explorer: 'API 浏览器', signIn: '登录', signUp: '注册', signOut: '退出登录', language: '语言', menu: '导航',
  },
  common: {
    loading: '加载中…', save: '保存', cancel: '取消', submit: '提交', confirm: '确定', edit: '编辑', back: '返回',
    next: '下一页', previous: '上一页', page: '第 {n} 页', total: '共 {n} 条', none: '无', optional: '选填',
    unknownError: '出错了，请稍后重试', notFound: '未找到', retry: '重试', yes: '是', no: '否', km: '{n} 公里',
    cny: '¥{n}', any: '不限', live: '实时更新已连接', score: '匹配度', status: '状态', actions: '操作', details: '详情',
    wholeRegion: '长三角全域', verified: '已认证', notVerified: '未认证', createdAt: '创建于', updatedAt: '更新于',
  },
  auth: {
    signInTitle: '登录 ChainMatch', signUpTitle: '注册企业账号', email: '邮箱', password: '密码',
    passwordHint: '10 至 128 个字符', displayName: '姓名', signInButton: '登录', signUpButton: '注册并登录',
    noAccount: '还没有账号？', haveAccount: '已有账号？', newEnterprise: '登记新企业', joinByInvitation: '凭邀请码加入',
    invitationCode: '邀请码', uscc: '统一社会信用代码', usccHint: '18 位，GB 32100-2015', nameZh: '企业中文名称',
    nameEn: '英文名称', county: '所在区县', size: '企业规模', segments: '所属产业链环节', segmentsHint: '1 至 10 个环节',
    contactName: '联系人', contactPhone: '联系电话', contactEmail: '联系邮箱', signedOut: '已退出登录',
    sessionEnded: '登录已过期，请重新登录', demoHint: '演示账号的密码为 chainmatch-demo',
  },
  roles: { ADMIN: '管理员', ALLIANCE_STAFF: '联盟工作人员', ENTERPRISE_MEMBER: '企业会员' },
  sizes: { LARGE: '大型', MEDIUM: '中型', SMALL: '小型', MICRO: '微型' },
  kinds: { SUPPLY: '供应', DEMAND: '需求' },
  stages: { UPSTREAM: '上游', MIDSTREAM: '中游', DOWNSTREAM: '下游' },
  listingStatuses: { DRAFT: '草稿', ACTIVE: '已发布', PAUSED: '已暂停', CLOSED: '已关闭', EXPIRED: '已过期' },
  listingActions: { UPDATE: '编辑', PUBLISH: '发布', PAUSE: '暂停', CLOSE: '关闭', RENEW: '续期' },
  matchStatuses: {
    SUGGESTED: '系统推荐', SHORTLISTED: '已入围', INTRODUCED: '已引荐', MEETING_HELD: '已会面', SAMPLE_SENT: '已送样',
    ORDER_PLACED: '已下单', NO_DEAL: '未成交', DISMISSED: '已驳回', RETIRED: '已失效',
  },
  interestStatuses: { PENDING: '待回复', ACCEPTED: '已接受', DECLINED: '已婉拒', WITHDRAWN: '已撤回', EXPIRED: '已过期' },
  factors: {
    TEXT_RELEVANCE: '文本相关度', CHAIN_FIT: '产业链契合', DISTANCE: '距离', QUANTITY_FIT: '数量匹配', PRICE_OVERLAP: '价格区间',
    LEAD_TIME: '交期', CERTIFICATIONS: '资质认证', VERIFIED: '企业认证', FRESHNESS: '信息新鲜度', RESPONSIVENESS: '响应速度',
  },
  dismissReasons: {
    NOT_RELEVANT: '不相关', DUPLICATE: '重复', OUT_OF_REGION: '超出区域', CAPACITY_MISMATCH: '产能不符', PRICE_MISMATCH: '价格不符', OTHER: '其他',
  },
  search: {
    title: '搜索供需信息', placeholder: '输入关键词，如：封装测试、QFN、chip packaging', button: '搜索', kind: '类型',
    chain: '产业链', segment: '环节', province: '省份', city: '城市', near: '距城市', radius: '半径（公里）', nearAny: '不限距离',
    sort: '排序', sortRelevance: '相关度', sortNewest: '最新', sortDistance: '距离最近', verifiedOnly: '仅看已认证企业',
    results: '找到 {n} 条结果', noResults: '没有找到匹配的信息', facetsHint: '同一类内为“或”，不同类之间为“且”', filters: '筛选',
    clearFilters: '清除筛选', distanceAway: '距 {city} {n} 公里',
  },
  listing: {
    title: '标题', description: '描述', kind: '类型', segment: '产业链环节', keywords: '关键词', keywordsHint: '回车添加',
    quantity: '数量', amount: '数量', unit: '单位', unitHint: '如：件、吨、片/月', quantitySupply: '月产能', quantityDemand: '需求量',
    priceRange: '单价区间（元）', priceMin: '最低价', priceMax: '最高价', leadTime: '交期（天）', certifications: '资质认证',
    certificationsHintSupply: '已具备的认证', certificationsHintDemand: '要求供应方具备的认证', county: '所在区县',
    countyHint: '默认为企业所在区县', servedProvinces: '服务 / 接受的省份', servedHint: '不选为长三角全域', radius: '服务半径（公里）',
    validUntil: '有效期至', validUntilHint: '默认 90 天，最长 365 天', enterprise: '发布企业', location: '所在地', publishedAt: '发布于',
    notFound: '该信息不存在或不可见', moderation: '已被联盟工作人员暂停：{reason}', expressInterest: '表达意向',
    interestMessage: '留言', interestMessageHint: '说明您能提供或需要什么，对方回复前会先看到', interestSent: '意向已发送，等待对方回复',
    ownListing: '这是贵企业发布的信息', signInToInterest: '登录后可表达意向', responsiveness: '响应速度',
    medianHours: '回复中位时间 {n} 小时', noResponses: '暂无回复记录', newTitle: '发布新的供需信息', editTitle: '编辑信息',
    created: '已保存为草稿', saved: '已保存', renewUntil: '续期至', serviceArea: '服务区域', contact: '联系方式',
    perMonth: '{amount} {unit}/月', volume: '{amount} {unit}',
    notPublic: '未公开的信息', notPublicHint: '该信息目前未发布，仅其发布企业和负责的联盟工作人员可以查看内容',
  },
  enterprise: {
    title: '我的企业', profile: '企业资料', members: '成员', invitations: '邀请同事', myListings: '我的供需信息',
    newListing: '发布信息', uscc: '统一社会信用代码', size: '规模', segments: '环节', location: '所在地', contact: '联系方式',
    needsReview: '待审核：统一社会信用代码登记地与所在地不一致', invite: '生成邀请码', inviteHint: '把邀请码发给同事，14 天内有效，仅可使用一次',
    inviteCode: '邀请码：{code}（{date} 前有效）', you: '你', membersHint: '当前登录的成员', saveProfile: '保存资料',
    profileSaved: '企业资料已保存', noListings: '还没有发布信息', staffOnly: '只有企业会员有“我的企业”页面',
  },
  matches: {
    title: '匹配推荐', forListing: '我的信息', chooseListing: '选择一条已发布的信息', suggestions: '推荐的{kind}方',
    noSuggestions: '暂时没有推荐，信息发布后系统会持续匹配', explanation: '匹配理由', factor: '因素', value: '得分',
    weight: '权重', contribution: '贡献', myMatches: '我的撮合', counterpart: '对方', openMatch: '查看撮合',
    contactRevealed: '对方联系方式', contactHidden: '引荐或接受意向后可见对方联系方式', distance: '相距 {n} 公里',
    newSuggestion: '有新的匹配推荐', matchChanged: '撮合进展：{status}', noMatches: '还没有撮合记录', demandSide: '需求方',
    supplySide: '供应方', timeline: '进展记录', system: '系统', noActiveListings: '没有已发布的信息：请先在“我的企业”发布',
  },
  interest: {
    title: '意向', inbox: '收到的意向', outbox: '发出的意向', from: '来自', to: '发给', listing: '信息', message: '留言',
    accept: '接受', decline: '婉拒', withdraw: '撤回', declineReason: '婉拒原因（选填）', accepted: '已接受，双方可见联系方式',
    declined: '已婉拒', withdrawn: '已撤回', expiresAt: '{date} 前未回复将过期', empty: '暂无意向',
    received: '收到新的意向', answered: '您的意向有了回复：{status}', contact: '联系方式',
  },
  curation: {
    title: '撮合队列', filters: '筛选', chain: '产业链', province: '省份', statuses: '状态', minScore: '最低匹配度',
    sort: '排序', sortScore: '匹配度优先', sortNewest: '最新', sortOldest: '最早', demand: '需求', supply: '供应',
    empty: '队列为空', queueChanged: '队列有更新', matchTitle: '撮合详情', shortlist: '入围', dismiss: '驳回', introduce: '引荐双方',
    recordOutcome: '记录结果：{outcome}', note: '备注', noteRequired: '请说明如何引荐双方', dismissReason: '驳回原因', outcome: '结果',
    orderAmount: '订单金额（元）', noDealReason: '未成交原因', noActions: '该撮合已结束，无可执行操作', done: '已更新：{status}',
    stale: '该撮合已被他人更新，已重新加载', actor: '操作人', outcomes: { MEETING_HELD: '已会面', SAMPLE_SENT: '已送样', ORDER_PLACED: '已下单', NO_DEAL: '未成交' },
  },
  insight: {
    title: '产业链洞察', notYet: '即将上线', notYetBody: '断链风险热力图、产业链图谱、集群地图和省际流向矩阵将在洞察接口上线后在此展示。',
  },
  explorer: {
    title: 'ChainMatch GraphQL API 浏览器', console: '返回控制台', docs: '接口文档', examples: '示例操作',
    signedInAs: '以 {name} 的身份调用', anonymous: '未登录：只能调用公开接口（在控制台登录后刷新）',
  },
  reasons: {
    USCC_LENGTH: '统一社会信用代码应为 18 位', USCC_CHARSET: '统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）',
    USCC_CHECK_CHARACTER: '统一社会信用代码校验位不正确', USCC_ALREADY_REGISTERED: '该统一社会信用代码已登记',
    INVALID_INVITATION: '邀请码无效、已使用或已过期', EMAIL_TAKEN: '该邮箱已注册', INVALID_CREDENTIALS: '邮箱或密码错误',
    TOO_MANY_MUTATIONS: '操作过于频繁，请稍后再试', TOO_MANY_REQUESTS: '请求过于频繁，请稍后再试', TOO_MANY_LOGIN_ATTEMPTS: '登录失败次数过多，请稍后再试', STALE_VERSION: '内容已被他人修改，请刷新后重试', OWN_LISTING: '不能对自己的信息表达意向',
    INTEREST_ALREADY_PENDING: '贵企业已对该信息表达过意向，正在等待回复', LISTING_NOT_ACTIVE: '该信息当前未发布',
    ILLEGAL_MATCH_TRANSITION: '该撮合当前状态不允许此操作', OUTSIDE_COVERAGE: '超出所在联盟的产业链和省份范围',
  } satisfies Partial<Record<RefusalReason, string>>,
};

export type Messages = typeof zh;
