/**
 * Chinese (zh-CN) texts: the platform's first language and the shape every other language copies.
 * Plain strings (no `as const`) so that `Translation` types other languages by keys, not by wording.
 */
const zhCN = {
  app: {
    name: '涪陵区网上行政审批平台',
    slogan: '一窗式受理 · 一网式办理 · 一站式服务',
    loading: '正在加载…',
  },
  nav: {
    label: '主导航',
    home: '首页',
    items: '事项目录',
    my: '我的办事',
    window: '综合窗口',
    dept: '部门审批',
    supervision: '电子监察',
    admin: '系统管理',
    openMenu: '打开菜单',
  },
  language: {
    label: '语言',
  },
  footer: {
    sponsor: '主办：重庆市涪陵区人民政府',
    organiser: '承办：涪陵区行政服务中心',
  },
  search: {
    placeholder: '输入事项名称或关键词，如：食品经营许可',
    button: '搜索',
  },
  home: {
    heroTitle: '网上办事 · 审批服务',
    heroSubtitle: '查找审批事项，阅读一次性告知单，在线申请并随时查看办理进度。',
    publicServicesTitle: '公共服务',
    comingSoon: '即将开放',
    services: {
      progress: {
        title: '办件进度查询',
        description: '凭办件编号和查询码查询办理进度，无需登录。',
      },
      results: {
        title: '审批结果公示',
        description: '查看已办结事项的审批结果公示。',
      },
      statistics: {
        title: '政务服务统计',
        description: '查看公开的办件量、按时办结率和服务评价统计。',
      },
    },
  },
  status: {
    line: '服务状态：{{state}}',
    checking: '正在连接服务…',
    ok: '服务正常',
    unavailable: '服务暂不可用',
  },
  items: {
    title: '事项目录',
    query: '检索词：{{q}}',
    allItems: '显示全部事项',
  },
  areas: {
    dutiesTitle: '在这里您可以',
    underConstruction: '本栏目正在建设中，上述功能将陆续开放。',
    applicant: {
      title: '我的办事',
      audience: '面向申请人（个人或企业）',
      duties: [
        '查找审批事项，阅读一次性告知单，下载材料模板',
        '在线提交申请和申请材料，随时查看办理进度',
        '按要求补正材料，领取办理结果',
        '对服务进行评价（好差评），提出咨询或投诉',
      ],
    },
    window: {
      title: '综合窗口',
      audience: '面向政务服务大厅综合窗口工作人员',
      duties: [
        '在一处统一受理网上申请和现场申请（一窗受理）',
        '作出受理、不予受理或一次性告知补正的决定',
        '为需要帮助的申请人帮办代办',
        '核验材料原件，发放证照',
      ],
    },
    dept: {
      title: '部门审批',
      audience: '面向部门审查人员和审批人员',
      duties: [
        '在待办任务箱中按时限倒计时办理任务',
        '审批通过、不予批准并说明理由、退回或要求补正',
        '启动特别程序（现场勘查、专家评审、听证等），期间暂停计时',
        '申请延期',
      ],
    },
    supervision: {
      title: '电子监察',
      audience: '面向电子监察人员',
      duties: [
        '查看每个办件的全程轨迹',
        '查看黄牌、红牌预警',
        '查看各部门、各事项的按时办结率和投诉情况',
        '核验审计链',
      ],
    },
    admin: {
      title: '系统管理',
      audience: '面向各区域系统管理员',
      duties: [
        '维护部门、事项、申请材料和表单',
        '维护流程定义和工作日历',
        '管理用户、角色和接入系统',
      ],
    },
  },
  notFound: {
    title: '页面不存在',
    subtitle: '抱歉，您访问的页面不存在或已被移除。',
    backHome: '返回首页',
  },
  routeError: {
    title: '页面加载失败',
    subtitle: '可能是网络中断或平台刚刚更新，请刷新页面重试。',
    reload: '刷新页面',
  },
};

export type Translation = typeof zhCN;
export default zhCN;
