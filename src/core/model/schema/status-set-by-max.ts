/** The most characters of a name kept as who set an issue's status (Issue.statusSetBy). */
export const STATUS_SET_BY_MAX = 80;
