/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * The command line, on DPDK's librte_cmdline as dpdk-testpmd's.
 *
 * Command groups (cmd_*.c) register a table of commands from a
 * constructor; each command is a spec string ("show port info <port|all>":
 * literal words, "a|b" choices, "<arg>" placeholders, a last "<arg...>"
 * taking the rest of the line) that this file turns
 * into a cmdline_parse_inst_t of string tokens, so parsing, ambiguity
 * checks and TAB completion are librte_cmdline's.  Handlers get the words
 * as argc/argv and check their arguments themselves, so a bad port or value
 * gets one line saying exactly what is wrong.
 *
 * Sources of commands: a file (--cmdline-file), stdin when it is not a
 * terminal, and the interactive prompt (librte_cmdline's rdline, driven
 * here so the main lcore keeps polling while nobody types).  A command that
 * fails (unknown, bad arguments, refused, failed) is counted; files and
 * stdin scripts make the exit status non-zero.
 */

#include <errno.h>
#include <inttypes.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <fcntl.h>

#include <cmdline.h>
#include <cmdline_parse.h>
#include <cmdline_parse_string.h>
#include <cmdline_rdline.h>
#include <rte_cycles.h>

#include "testpmd.h"

#define TP_MAX_TOKENS 12
#define TP_LINE_MAX 1024

/* One command turned into a librte_cmdline instruction. */
struct tp_inst {
	const struct tp_cmd *cmd;
	unsigned int ntok;
	char *words[TP_MAX_TOKENS];                     /* spec words */
	cmdline_parse_token_string_t tok[TP_MAX_TOKENS];
	cmdline_parse_inst_t *inst;
};

/* The parse result: one fixed string per token; a "<arg...>" token, the
 * last one, takes the rest of the line (up to 4 KB) from its offset. */
struct tp_parsed {
	cmdline_fixed_string_t w[TP_MAX_TOKENS];
	char rest[STR_MULTI_TOKEN_SIZE];
};

static struct tp_cmd_group *groups;
static struct tp_inst *insts;
static unsigned int n_insts;
static cmdline_parse_ctx_t *ctx;
static struct cmdline *cl;
static bool cmd_failed;
static bool quitting;
static const struct tp_cmd *cur_cmd;

static struct rdline *rdl;
static struct termios saved_term;
static bool term_saved;

void
tp_cli_register(struct tp_cmd_group *g)
{
	struct tp_cmd_group **pp = &groups;

	while (*pp != NULL && (*pp)->order <= g->order)
		pp = &(*pp)->next;
	g->next = *pp;
	*pp = g;
}

void
tp_err(const char *fmt, ...)
{
	va_list ap;

	cmd_failed = true;
	fflush(stdout);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
tp_usage(void)
{
	if (cur_cmd != NULL)
		tp_err("Usage: %s", cur_cmd->spec);
}

void
tp_cli_quit(void)
{
	quitting = true;
}

bool
tp_cli_quitting(void)
{
	return quitting;
}

/* ------------------------------------------------------ argument parsers */

static void
valid_ports(char *buf, size_t len)
{
	struct tp_port *p;
	unsigned int i;
	size_t used = 0;

	buf[0] = '\0';
	TP_FOREACH_PORT(p, i)
		used += (size_t)snprintf(buf + used, used < len ? len - used : 0,
					 "%s%u", i != 0 ? ", " : "", p->port_id);
}

int
tp_parse_port(const char *s, bool allow_all, struct tp_port **out)
{
	char list[128], *end;
	unsigned long v;

	valid_ports(list, sizeof(list));
	if (strcmp(s, "all") == 0) {
		if (allow_all) {
			*out = NULL;
			return 0;
		}
		tp_err("Bad port 'all': this command takes one port (%s)", list);
		return -1;
	}
	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || s[0] == '-') {
		tp_err("Bad port '%s': expected a port number (%s)%s", s, list,
		       allow_all ? " or 'all'" : "");
		return -1;
	}
	if (v >= TP_MAX_PORTS || tp_port_get((uint16_t)v) == NULL) {
		tp_err("Invalid port %lu: valid ports are %s", v, list);
		return -1;
	}
	*out = tp_port_get((uint16_t)v);
	return 0;
}

int
tp_parse_u64(const char *what, const char *s, uint64_t lo, uint64_t hi,
	     uint64_t *out)
{
	unsigned long long v;
	char *end;

	errno = 0;
	v = strtoull(s, &end, 0);
	if (errno != 0 || end == s || *end != '\0' || s[0] == '-' || v < lo ||
	    v > hi) {
		tp_err("Bad %s '%s': expected %" PRIu64 "..%" PRIu64, what, s, lo,
		       hi);
		return -1;
	}
	*out = v;
	return 0;
}

/* ------------------------------------------------------- building insts */

static void
cmd_trampoline(void *parsed, struct cmdline *c __rte_unused, void *data)
{
	struct tp_parsed *res = parsed;
	const struct tp_inst *ti = data;
	char *argv[TP_MAX_TOKENS];
	unsigned int i;

	for (i = 0; i < ti->ntok; i++)
		argv[i] = res->w[i];
	cur_cmd = ti->cmd;
	ti->cmd->fn((int)ti->ntok, argv);
	cur_cmd = NULL;
}

static int
inst_build(struct tp_inst *ti, const struct tp_cmd *cmd)
{
	char *spec = strdup(cmd->spec), *save = NULL, *w;
	unsigned int i;

	if (spec == NULL)
		return -1;
	ti->cmd = cmd;
	for (w = strtok_r(spec, " ", &save); w != NULL;
	     w = strtok_r(NULL, " ", &save)) {
		char *str = NULL;

		if (ti->ntok == TP_MAX_TOKENS) {
			fprintf(stderr, "command '%s': too many words\n", cmd->spec);
			free(spec);
			return -1;
		}
		ti->words[ti->ntok] = strdup(w);
		if (ti->words[ti->ntok] == NULL) {
			free(spec);
			return -1;
		}
		if (w[0] == '<' && strstr(w, "...>") != NULL) {
			/* The rest of the line (a long value); last word. */
			str = strdup(TOKEN_STRING_MULTI);
			if (str == NULL) {
				free(spec);
				return -1;
			}
		} else if (w[0] != '<') {
			/* A literal, or choices a|b written a#b for cmdline. */
			str = strdup(w);
			if (str == NULL) {
				free(spec);
				return -1;
			}
			for (i = 0; str[i] != '\0'; i++)
				if (str[i] == '|')
					str[i] = '#';
		}
		ti->tok[ti->ntok].hdr.ops = &cmdline_token_string_ops;
		ti->tok[ti->ntok].hdr.offset =
			(unsigned int)(ti->ntok * sizeof(cmdline_fixed_string_t));
		ti->tok[ti->ntok].string_data.str = str;
		ti->ntok++;
	}
	free(spec);
	ti->inst = calloc(1, sizeof(*ti->inst) +
			  (ti->ntok + 1) * sizeof(cmdline_parse_token_hdr_t *));
	if (ti->inst == NULL)
		return -1;
	ti->inst->f = cmd_trampoline;
	ti->inst->data = ti;
	ti->inst->help_str = cmd->help;
	for (i = 0; i < ti->ntok; i++)
		ti->inst->tokens[i] = &ti->tok[i].hdr;
	ti->inst->tokens[ti->ntok] = NULL;
	return 0;
}

/* How many leading words of @p words the instruction accepts. */
static unsigned int
inst_score(const struct tp_inst *ti, char **words, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n && i < ti->ntok; i++) {
		const char *w = ti->words[i];
		size_t len = strlen(words[i]);
		const char *s;

		if (w[0] == '<')
			continue;
		for (s = w; s != NULL; s = strchr(s, '|')) {
			if (*s == '|')
				s++;
			if (strncmp(s, words[i], len) == 0 &&
			    (s[len] == '\0' || s[len] == '|'))
				break;
		}
		if (s == NULL)
			return i;
	}
	return i;
}

/* One line saying what the closest commands take. */
static void
bad_arguments(const char *line)
{
	char copy[TP_LINE_MAX + 2], *words[TP_MAX_TOKENS + 1], *save = NULL, *w;
	char usage[512];
	unsigned int n = 0, best = 0, i, shown = 0;
	size_t used = 0;

	snprintf(copy, sizeof(copy), "%s", line);
	for (w = strtok_r(copy, " \t", &save); w != NULL && n < RTE_DIM(words);
	     w = strtok_r(NULL, " \t", &save))
		words[n++] = w;
	for (i = 0; i < n_insts; i++)
		best = RTE_MAX(best, inst_score(&insts[i], words, n));
	usage[0] = '\0';
	for (i = 0; i < n_insts && shown < 4; i++) {
		if (best == 0 || inst_score(&insts[i], words, n) != best)
			continue;
		used += (size_t)snprintf(usage + used,
					 used < sizeof(usage) ? sizeof(usage) - used : 0,
					 "%s%s", shown != 0 ? " | " : "",
					 insts[i].cmd->spec);
		shown++;
	}
	if (best == 0)
		tp_err("Command not found: '%s' (type 'help')", line);
	else
		tp_err("Bad arguments: '%s'; usage: %s", line, usage);
}

int
tp_cli_init(void)
{
	struct tp_cmd_group *g;
	unsigned int n = 0, i, k = 0;

	for (g = groups; g != NULL; g = g->next)
		n += g->n_cmds;
	insts = calloc(n, sizeof(*insts));
	ctx = calloc(n + 1, sizeof(*ctx));
	if (insts == NULL || ctx == NULL)
		return -1;
	for (g = groups; g != NULL; g = g->next) {
		for (i = 0; i < g->n_cmds; i++, k++) {
			if (inst_build(&insts[k], &g->cmds[i]) != 0)
				return -1;
			ctx[k] = insts[k].inst;
		}
	}
	n_insts = k;
	ctx[k] = NULL;
	/* No input and no output of its own: lines are fed to
	 * cmdline_parse() and output goes through stdio. */
	cl = cmdline_new(ctx, TP_PROMPT, -1, -1);
	return cl != NULL ? 0 : -1;
}

void
tp_cli_fini(void)
{
	unsigned int i, j;

	if (term_saved) {
		tcsetattr(STDIN_FILENO, TCSANOW, &saved_term);
		term_saved = false;
	}
	if (cl != NULL)
		cmdline_free(cl);
	cl = NULL;
	for (i = 0; i < n_insts; i++) {
		for (j = 0; j < insts[i].ntok; j++) {
			free(insts[i].words[j]);
			free((void *)(uintptr_t)insts[i].tok[j].string_data.str);
		}
		free(insts[i].inst);
	}
	free(insts);
	free(ctx);
	insts = NULL;
	ctx = NULL;
	n_insts = 0;
}

/* Run one line; true if it failed.  @p line has no newline. */
static bool
run_line(const char *line)
{
	char buf[TP_LINE_MAX + 2];
	size_t len = strlen(line);
	int ret;

	while (len > 0 && (line[len - 1] == '\r' || line[len - 1] == ' ' ||
			   line[len - 1] == '\t'))
		len--;
	if (len > TP_LINE_MAX) {
		tp_err("Line too long (%zu characters, at most %d)", len,
		       TP_LINE_MAX);
		return true;
	}
	memcpy(buf, line, len);
	buf[len] = '\n';
	buf[len + 1] = '\0';
	cmd_failed = false;
	ret = cmdline_parse(cl, buf);
	if (ret == CMDLINE_PARSE_AMBIGUOUS) {
		buf[len] = '\0';
		tp_err("Ambiguous command: '%s'", buf);
	} else if (ret == CMDLINE_PARSE_NOMATCH || ret == CMDLINE_PARSE_BAD_ARGS) {
		buf[len] = '\0';
		bad_arguments(buf);
	} else if (ret < 0) {
		tp_err("Cannot parse the line (%d)", ret);
	}
	fflush(stdout);
	return cmd_failed;
}

/* A line worth echoing and running: not blank, not a comment. */
static bool
line_has_command(const char *line)
{
	while (*line == ' ' || *line == '\t')
		line++;
	return *line != '\0' && *line != '#' && *line != '\r';
}

/* Wait up to a millisecond for @p fd to be readable, doing the main
 * lcore's work meanwhile. */
static bool
fd_wait(int fd)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };
	uint64_t end;

	if (poll(&pfd, 1, 0) > 0)
		return true;
	if (tp_rtc()) {
		end = rte_get_timer_cycles() + rte_get_timer_hz() / 1000;
		while (rte_get_timer_cycles() < end && !tp_force_quit) {
			tp_poll_once();
			tp_periodic();
		}
		return poll(&pfd, 1, 0) > 0;
	}
	tp_periodic();
	return poll(&pfd, 1, 1) > 0;
}

/* Lines from @p fd until EOF or quit; returns the failures. */
static unsigned int
run_fd(int fd)
{
	char buf[TP_LINE_MAX * 4];
	unsigned int failed = 0;
	size_t len = 0;
	char *nl;
	ssize_t n;
	bool eof = false;

	while (!quitting && !tp_force_quit) {
		while (!quitting && (nl = memchr(buf, '\n', len)) != NULL) {
			*nl = '\0';
			if (line_has_command(buf)) {
				printf(TP_PROMPT "%s\n", buf);
				failed += run_line(buf);
			}
			len -= (size_t)(nl + 1 - buf);
			memmove(buf, nl + 1, len);
			tp_periodic();
		}
		if (quitting)
			break;
		if (eof) {
			if (len != 0) {
				buf[len] = '\0';
				if (line_has_command(buf)) {
					printf(TP_PROMPT "%s\n", buf);
					failed += run_line(buf);
				}
			}
			break;
		}
		if (len == sizeof(buf) - 1) {
			tp_err("Line too long: dropped");
			failed++;
			len = 0;
		}
		if (!fd_wait(fd))
			continue;
		n = read(fd, buf + len, sizeof(buf) - 1 - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			eof = true;
		else
			len += (size_t)n;
	}
	return failed;
}

unsigned int
tp_cli_run_file(const char *path)
{
	unsigned int failed;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0) {
		tp_err("Cannot open command file %s: %s", path, strerror(errno));
		return 1;
	}
	failed = run_fd(fd);
	close(fd);
	printf("Read CLI commands from %s\n", path);
	return failed;
}

unsigned int
tp_cli_run_stream(FILE *f)
{
	return run_fd(fileno(f));
}

/* ------------------------------------------------------------ the prompt */

static int
rdl_write(struct rdline *r __rte_unused, char c)
{
	return (int)write(STDOUT_FILENO, &c, 1);
}

static void
rdl_validate(struct rdline *r __rte_unused, const char *buf,
	     unsigned int size __rte_unused)
{
	char line[TP_LINE_MAX + 2];
	size_t len = strcspn(buf, "\n");

	if (len > TP_LINE_MAX)
		len = TP_LINE_MAX;
	memcpy(line, buf, len);
	line[len] = '\0';
	if (line_has_command(line))
		run_line(line);
	fflush(stdout);
	fflush(stderr);
}

static int
rdl_complete(struct rdline *r __rte_unused, const char *buf, char *dst,
	     unsigned int size, int *state)
{
	return cmdline_complete(cl, buf, state, dst, size);
}

void
tp_cli_interact(void)
{
	struct termios t;
	const char *line, *hist;
	char c;
	ssize_t n;
	int ret;

	if (tcgetattr(STDIN_FILENO, &saved_term) == 0) {
		term_saved = true;
		t = saved_term;
		t.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ISIG);
		tcsetattr(STDIN_FILENO, TCSANOW, &t);
	}
	rdl = rdline_new(rdl_write, rdl_validate, rdl_complete, NULL);
	if (rdl == NULL) {
		fprintf(stderr, "cannot start the prompt\n");
		return;
	}
	rdline_newline(rdl, TP_PROMPT);
	while (!quitting && !tp_force_quit) {
		if (!fd_wait(STDIN_FILENO))
			continue;
		n = read(STDIN_FILENO, &c, 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		ret = rdline_char_in(rdl, c);
		if (ret == RDLINE_RES_VALIDATED) {
			if (quitting)
				break;
			line = rdline_get_buffer(rdl);
			hist = rdline_get_history_item(rdl, 0);
			if (strlen(line) > 1 &&
			    (hist == NULL || strncmp(line, hist, strlen(hist)) != 0 ||
			     line[strlen(hist)] != '\n'))
				rdline_add_history(rdl, line);
			rdline_newline(rdl, TP_PROMPT);
		} else if (ret == RDLINE_RES_EOF || ret == RDLINE_RES_EXITED) {
			break;
		}
	}
	printf("\n");
	rdline_free(rdl);
	rdl = NULL;
	if (term_saved) {
		tcsetattr(STDIN_FILENO, TCSANOW, &saved_term);
		term_saved = false;
	}
}

/* Something was printed under the prompt: show it again. */
void
tp_cli_redisplay(void)
{
	if (rdl == NULL)
		return;
	fflush(stdout);
	rdline_redisplay(rdl);
}

void
tp_cli_wait_enter(void)
{
	char c;

	printf("Press enter to exit\n");
	while (!tp_force_quit) {
		if (!fd_wait(STDIN_FILENO))
			continue;
		if (read(STDIN_FILENO, &c, 1) != 1 || c == '\n')
			break;
	}
}

/* ------------------------------------------------------ general commands */

static void
print_group(const struct tp_cmd_group *g)
{
	unsigned int i;

	printf("\n%s (help %s):\n", g->title, g->name);
	for (i = 0; i < g->n_cmds; i++)
		printf("  %-40s %s\n", g->cmds[i].spec, g->cmds[i].help);
}

static void
cmd_help(int argc, char **argv)
{
	const struct tp_cmd_group *g;

	if (argc == 1) {
		printf("mpdk-testpmd: dpdk-testpmd's commands over mpdk adapters, "
		       "plus the NDIS model's (bindings, completions, OIDs, "
		       "pause/restart, reset, cancel).\n"
		       "<port|all>: a port number or 'all'.  TAB completes.\n");
		for (g = groups; g != NULL; g = g->next)
			print_group(g);
		return;
	}
	for (g = groups; g != NULL; g = g->next) {
		if (strcmp(g->name, argv[1]) == 0) {
			print_group(g);
			return;
		}
	}
	tp_err("No help section '%s' (sections: general, port, fwd, oid, mpdk)",
	       argv[1]);
}

static void
cmd_quit(int argc __rte_unused, char **argv __rte_unused)
{
	quitting = true;
}

static void
cmd_sleep(int argc __rte_unused, char **argv)
{
	char *end;
	double s;

	errno = 0;
	s = strtod(argv[1], &end);
	if (errno != 0 || end == argv[1] || *end != '\0' || !(s > 0) || s > 3600) {
		tp_err("Bad seconds '%s': expected a number in (0, 3600]", argv[1]);
		return;
	}
	tp_idle((unsigned int)(s * 1000 + 0.5));
}

static const struct tp_cmd general_cmds[] = {
	{ "help", "Show every command.", cmd_help },
	{ "help <section>", "Show one section: general, port, fwd, oid, mpdk.",
	  cmd_help },
	{ "quit", "Stop forwarding, close the ports and exit.", cmd_quit },
	{ "sleep <seconds>", "Let pollers and forwarding run for a while "
	  "(scripts; mpdk-testpmd extension).", cmd_sleep },
};

static struct tp_cmd_group general_group = {
	.name = "general",
	.title = "General commands",
	.order = 0,
	.cmds = general_cmds,
	.n_cmds = RTE_DIM(general_cmds),
};

TP_CLI_REGISTER(general_group)
