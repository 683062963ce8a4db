import { addMessages } from '@frontline/subgraph-kit';

// This subgraph's messages (the kit has the common ones). The generator put the English name in
// both languages: give zh-CN its Chinese name.
addMessages({
  'zh-CN': {
    'entity.case': 'Case',
  },
  en: {
    'entity.case': 'Case',
  },
});
