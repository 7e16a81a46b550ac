/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What both programs share: choosing the policy and the root. */
#pragma once

#include <pmprobe/pmprobe.h>

/* The policy, in this order: @option (--policy), $PMPROBE_POLICY, the config file
 * ($PMPROBE_CONFIG, which must exist, else /etc/pmprobe.conf, which need not), else `feasible`.
 * Returns: 0, or -EINVAL with a message for people in @err (static, naming the file, line and
 * key of a config file's error). */
int tool_policy(const char *option, enum pmprobe_policy *ret, const char **err);
/* The sysroot: @option (--sysroot), else $PMPROBE_SYSROOT, else NULL (the live host). */
const char *tool_sysroot(const char *option);
