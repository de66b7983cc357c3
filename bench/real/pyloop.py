# Pure-Python work for bench/run-real.sh: integer arithmetic, dicts,
# strings, lists and a little recursion; prints a checksum only, so every
# Python 3 version prints the same.
def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0:2] = b"\0\0"
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i :: i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, f in enumerate(flags) if f]

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

counts = {}
words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa " * 40).split()
for rep in range(1500):
    for w in words:
        key = w[rep % len(w):] + str(rep % 7)
        counts[key] = counts.get(key, 0) + len(key)
primes = sieve(2000000)
acc = 0
for i, p in enumerate(primes[:20000]):
    acc = (acc * 31 + p * i) % 1000000007
text = "-".join(str(x) for x in range(250000))
print(len(counts), sum(counts.values()), len(primes), acc, fib(27), len(text), text.count("99"))
