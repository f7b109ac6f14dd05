/** Summary bullets nest at most three levels deep, as in the archive. */
export const MAX_BULLET_DEPTH = 3;
