/* SPDX-License-Identifier: MIT */
/* The start-up benchmark's program: a static executable that does nothing,
 * so its run time is the emulator's start-up and exit. */
int main(void)
{
    return 0;
}
