import type { ConsentStrings } from './translation.js';

export const koConsent: ConsentStrings = {
  consents: '약관 동의',
  agreeAll: '아래 약관에 모두 동의합니다 (선택 항목 포함)',
  consentLabel: (title, required) => `[${required ? '필수' : '선택'}] ${title.replace(/\s*\((필수|선택)\)$/, '')}에 동의합니다`,
  viewText: (title) => `${title.replace(/\s*\((필수|선택)\)$/, '')} 내용 보기`,
};
