/* Measures how long a cache line takes to travel between the two threads of a process: two
 * threads take turns writing one shared counter, each waiting (spinning) for the other's write.
 * Prints the one-way time in nanoseconds. On this project's virtual machines it is either about
 * 50 ns or about 200 ns, and changes from minute to minute with where the host runs the virtual
 * cores; at 200 ns, two threads of one process that share reference counts lose about a tenth of
 * their CPU to it (see README, "Where it stands"). Used by bench-cli.sh.
 * Build: cc -O2 -pthread scripts/handoff.c -o handoff */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <time.h>

static _Atomic long turn = 0;
static const long rounds = 200000;

static void *player(void *argument) {
    long me = (long)argument;
    for (long round = 0; round < rounds; round++) {
        long mine = 2 * round + me;
        while (atomic_load_explicit(&turn, memory_order_acquire) != mine) {}
        atomic_store_explicit(&turn, mine + 1, memory_order_release);
    }
    return NULL;
}

static double seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec + now.tv_nsec * 1e-9;
}

int main(void) {
    pthread_t first, second;
    double start = seconds();
    pthread_create(&first, NULL, player, (void *)0);
    pthread_create(&second, NULL, player, (void *)1);
    pthread_join(first, NULL);
    pthread_join(second, NULL);
    printf("%.0f\n", (seconds() - start) / (2.0 * rounds) * 1e9);
    return 0;
}
