import type { Translation } from './zh-CN.js';

/** English texts. Typed by the Chinese resource, so a missing key fails the type check. */
const en: Translation = {
  app: {
    name: 'Fuling Online Administrative Approval',
    slogan: 'One window accepts · One network processes · One stop serves',
    loading: 'Loading…',
  },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    items: 'Services',
    my: 'My applications',
    window: 'Service window',
    dept: 'Department review',
    supervision: 'Supervision',
    admin: 'Administration',
    openMenu: 'Open menu',
  },
  language: {
    label: 'Language',
  },
  footer: {
    sponsor: "Sponsor: People's Government of Fuling District, Chongqing",
    organiser: 'Organiser: Fuling District Administrative Service Center',
  },
  search: {
    placeholder: 'Item name or keyword, e.g. food business licence',
    button: 'Search',
  },
  home: {
    heroTitle: 'Online approval services',
    heroSubtitle: 'Find an approval item, read its one-time notice, apply online and follow your case at any time.',
    publicServicesTitle: 'Public services',
    comingSoon: 'Coming soon',
    services: {
      progress: {
        title: 'Track a case',
        description: 'Check progress with the receipt number and query code; no login needed.',
      },
      results: {
        title: 'Published results',
        description: 'See the published decisions of completed cases.',
      },
      statistics: {
        title: 'Service statistics',
        description: 'Open figures on case volume, on-time completion and service ratings.',
      },
    },
  },
  status: {
    line: 'Service status: {{state}}',
    checking: 'Connecting…',
    ok: 'Service available',
    unavailable: 'Service unavailable',
  },
  items: {
    title: 'Item catalogue',
    query: 'Search: {{q}}',
    allItems: 'Showing all items',
  },
  areas: {
    dutiesTitle: 'Here you can',
    underConstruction: 'This area is under construction; these functions will open step by step.',
    applicant: {
      title: 'My applications',
      audience: 'For applicants (citizens and enterprises)',
      duties: [
        'Find approval items, read their one-time notices and download templates',
        'Apply online with your materials and follow progress at any time',
        'Add missing material when asked and receive the result',
        'Rate the service, ask questions or file complaints',
      ],
    },
    window: {
      title: 'Service window',
      audience: "For clerks at the service hall's comprehensive window",
      duties: [
        'Accept online and walk-in applications in one place',
        'Accept, refuse to accept, or request a supplement in one notice',
        'File on behalf of applicants who need help',
        'Check originals and hand over certificates',
      ],
    },
    dept: {
      title: 'Department review',
      audience: 'For department reviewers and approvers',
      duties: [
        'Work a task inbox with deadline countdowns',
        'Approve, reject with a reason, return, or request a supplement',
        'Start a special procedure (site inspection, expert review, hearing…) with the clock paused',
        'Ask for an extension',
      ],
    },
    supervision: {
      title: 'Electronic supervision',
      audience: 'For supervision staff',
      duties: [
        'See the full trace of every case',
        'See yellow and red warnings',
        'See on-time rates and complaints per department and item',
        'Verify the audit chain',
      ],
    },
    admin: {
      title: 'Administration',
      audience: "For each region's administrators",
      duties: [
        'Maintain departments, items, materials and forms',
        'Maintain process definitions and the working-day calendar',
        'Manage users, roles and integration clients',
      ],
    },
  },
  notFound: {
    title: 'Page not found',
    subtitle: 'Sorry, the page you asked for does not exist or has been removed.',
    backHome: 'Back to home',
  },
  routeError: {
    title: 'The page failed to load',
    subtitle: 'The network may have dropped or the platform was just updated. Please reload.',
    reload: 'Reload',
  },
};

export default en;
