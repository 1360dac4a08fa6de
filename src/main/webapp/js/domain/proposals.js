import { t } from '../i18n.js';
import { h } from '../dom.js';

/** Proposal statuses, item kinds and fields as the UI names and shows them. */
const STATUS_TAG = {
    DRAFT: 'govuk-tag--grey',
    SUBMITTED: 'govuk-tag--blue',
    CHANGES_REQUESTED: 'govuk-tag--yellow',
    APPROVED: 'govuk-tag--green',
    PARTIALLY_APPROVED: 'govuk-tag--turquoise',
    REJECTED: 'govuk-tag--red',
    WITHDRAWN: 'govuk-tag--grey',
};
export const STATUSES = Object.keys(STATUS_TAG);
export const OPEN_STATUSES = ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED'];

export const statusName = (status) => t(`status.${status}`);
export const statusTag = (status) => h('strong', { class: ['govuk-tag', STATUS_TAG[status]] }, statusName(status));

const DECISION_TAG = { ACCEPTED: 'govuk-tag--green', REJECTED: 'govuk-tag--red', PENDING: 'govuk-tag--grey' };
export const decisionTag = (decision) =>
    h('strong', { class: ['govuk-tag', DECISION_TAG[decision] ?? 'govuk-tag--grey'] }, t(`decision.${decision ?? 'PENDING'}`));

/** The profile texts a proposal may replace (founding year and name are short; the rest are long texts). */
export const TEXT_FIELDS = ['MANDATE', 'MIGRATION_INVOLVEMENT', 'NOTES', 'NAME'];
export const fieldName = (field) => t(`field.${field}`);
/** Where each field is in an organization profile (GET /api/organizations/{code}). */
export const PROFILE_PROPERTY = { MANDATE: 'mandate', MIGRATION_INVOLVEMENT: 'migrationInvolvement', NOTES: 'notes', NAME: 'name' };

/** Days since an instant, for the review queue's age. */
export const ageInDays = (iso) => Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / 86_400_000));
