/* Private: the judgement set shared by judge.c (building) and judge_json.c (writing). */
#ifndef EDUIND_EVAL_JUDGE_PRIV_H
#define EDUIND_EVAL_JUDGE_PRIV_H

#include <stddef.h>
#include "eduind/eval.h"

/* Every string of every row is owned by the set (malloc'ed copies), so the set
 * outlives the plan, results and catalogue it was made from. */
typedef struct judgement_row {
	eduind_judgement pub; /* its strings point at the owned copies below */
	char *indicator;
	char *entity;
	char *source;
	char *latest_display;
	char *note;
} judgement_row;

struct eduind_judgements {
	judgement_row *rows;
	size_t n;
};

#endif
