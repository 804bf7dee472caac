/** Option lists shared by the complaint pages. */
export const STATUS_OPTIONS = ['new', 'acknowledged', 'investigating', 'containment', 'eightD', 'replied', 'followUp', 'closed', 'rejected', 'reopened'] as const;
