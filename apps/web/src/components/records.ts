// The confidentiality building blocks shared by every screen that shows a shareable record.
export { AuthorisePublicationButton } from './AuthorisePublicationButton.tsx';
export { CLASSIFICATION_COLORS, hasShareList, recordTypeOf, typenameOf } from './classification.ts';
export { ClassificationBadge } from './ClassificationBadge.tsx';
export { ClassificationIcon } from './ClassificationIcon.tsx';
export { ClassificationPicker } from './ClassificationPicker.tsx';
export { CommentsPanel } from './CommentsPanel.tsx';
export { formatDateTime, formatLocalDate, formatLocalDateRange, todayLocalDate } from '../lib/dates.ts';
export { ErrorAlert } from './ErrorAlert.tsx';
export { ReclassifyControl } from './ReclassifyControl.tsx';
export { ShareControl } from './ShareControl.tsx';
export { useKnownOrganisations, type KnownOrganisation, type KnownWorkingGroup } from './use-known-organisations.tsx';
export { WhoCanSeePanel } from './WhoCanSeePanel.tsx';
