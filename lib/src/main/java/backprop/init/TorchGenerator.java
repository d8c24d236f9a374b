package backprop.init;

/**
 * PyTorch's CPU random generator, as far as torch.manual_seed and torch.rand (float32) use it: a
 * Mersenne Twister (MT19937) seeded by the standard init_genrand, and a float made from the low 24
 * bits of one 32-bit output, (x & 0xFFFFFF) / 2^24.
 */
public final class TorchGenerator {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] state = new int[N];
    private int index;

    private TorchGenerator(long seed) {
        state[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            state[i] = 1812433253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** torch.manual_seed(seed). */
    public static TorchGenerator manualSeed(long seed) {
        return new TorchGenerator(seed);
    }

    /** One 32-bit output of MT19937, as an unsigned value. */
    public long nextUnsignedInt() {
        if (index >= N) {
            twist();
        }
        int y = state[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xFFFFFFFFL;
    }

    /** torch.rand(1).item() for float32, widened exactly to double. */
    public double rand() {
        return (nextUnsignedInt() & 0xFFFFFF) / (double) (1 << 24);
    }

    private void twist() {
        for (int i = 0; i < N; i++) {
            int y = (state[i] & UPPER_MASK) | (state[(i + 1) % N] & LOWER_MASK);
            state[i] = state[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        index = 0;
    }
}
