package org.naswot.bench.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.naswot.common.UserFacingException;

/** Typed access to one NATS training record (one dataset, one seed), with errors that name the file and key. */
final class NatsRecords {
    record Final(String split, String metric, double value) {
    }

    record Result(String dataset, int seed, double params, double flops, double latency, List<Final> finals) {
    }

    private NatsRecords() {
    }

    /**
     * One entry of all_results: key ('cifar10', 777); value with eval_acc1es/eval_losses keyed 'split@epoch'
     * and train_acc1es/train_losses keyed by epoch. Only the last epoch of each series is kept.
     */
    static Result result(Object key, Object value, Path source, String name, String where) {
        String here = where + " result " + key;
        if (!(key instanceof List<?> k) || k.size() != 2) {
            throw bad(source, name, here, "key is not a (dataset, seed) tuple");
        }
        String dataset = string(k.get(0), source, name, here).toLowerCase(Locale.ROOT);
        int seed = integer(k.get(1), source, name, here + " seed");
        Map<?, ?> r = map(value, source, name, here);
        List<Final> finals = new ArrayList<>();
        lastOfEval(map(r.get("eval_acc1es"), source, name, here + " eval_acc1es"), "accuracy", finals, source, name);
        Object losses = r.get("eval_losses");
        if (losses != null) {
            lastOfEval(map(losses, source, name, here + " eval_losses"), "loss", finals, source, name);
        }
        lastOfTrain(r.get("train_acc1es"), "accuracy", finals, source, name, here);
        lastOfTrain(r.get("train_losses"), "loss", finals, source, name, here);
        double params = number(r.get("params"), source, name, here + " params");
        double flops = number(r.get("flop"), source, name, here + " flop");
        double latency = Double.NaN;
        if (r.get("latency") instanceof List<?> lat && !lat.isEmpty()) {
            // NATS-Bench's own API reports the mean of the recorded latencies
            double sum = 0;
            for (Object x : lat) {
                sum += number(x, source, name, here + " latency");
            }
            latency = sum / lat.size();
        }
        return new Result(dataset, seed, params, flops, latency, finals);
    }

    private static void lastOfEval(Map<?, ?> series, String metric, List<Final> out, Path source, String name) {
        Map<String, Integer> lastEpoch = new java.util.LinkedHashMap<>();
        Map<String, Double> lastValue = new java.util.HashMap<>();
        for (Map.Entry<?, ?> e : series.entrySet()) {
            String k = String.valueOf(e.getKey());
            int at = k.lastIndexOf('@');
            if (at < 0) {
                throw bad(source, name, metric + " key '" + k + "'", "expected 'split@epoch'");
            }
            String split = k.substring(0, at);
            int epoch = integer(k.substring(at + 1), source, name, "key '" + k + "'");
            if (epoch >= lastEpoch.getOrDefault(split, -1)) {
                lastEpoch.put(split, epoch);
                lastValue.put(split, number(e.getValue(), source, name, "'" + k + "'"));
            }
        }
        for (String split : lastEpoch.keySet()) {
            out.add(new Final(split, metric, lastValue.get(split)));
        }
    }

    private static void lastOfTrain(Object series, String metric, List<Final> out, Path source, String name,
                                    String where) {
        if (!(series instanceof Map<?, ?> m) || m.isEmpty()) {
            return; // e.g. train_acc5es is None in some budgets; train top-1 may be absent too
        }
        int best = -1;
        double value = Double.NaN;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            int epoch = integer(e.getKey(), source, name, where + " train epoch");
            if (epoch > best) {
                best = epoch;
                value = number(e.getValue(), source, name, where + " train " + metric);
            }
        }
        out.add(new Final("train", metric, value));
    }

    static Map<?, ?> map(Object o, Path source, String name, String where) {
        if (o instanceof Map<?, ?> m) {
            return m;
        }
        throw bad(source, name, where, "expected a dict, found " + describe(o));
    }

    static List<?> list(Object o, Path source, String name, String where) {
        if (o instanceof List<?> l) {
            return l;
        }
        throw bad(source, name, where, "expected a list, found " + describe(o));
    }

    static String string(Object o, Path source, String name, String where) {
        if (o instanceof String s) {
            return s;
        }
        throw bad(source, name, where, "expected a string, found " + describe(o));
    }

    static int integer(Object o, Path source, String name, String where) {
        if (o instanceof Number n) {
            return n.intValue();
        }
        if (o instanceof String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                throw bad(source, name, where, "expected an integer, found '" + s + "'");
            }
        }
        throw bad(source, name, where, "expected an integer, found " + describe(o));
    }

    static double number(Object o, Path source, String name, String where) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        throw bad(source, name, where, "expected a number, found " + describe(o));
    }

    private static String describe(Object o) {
        return o == null ? "None" : o.getClass().getSimpleName();
    }

    private static UserFacingException bad(Path source, String name, String where, String problem) {
        return new UserFacingException(source + ": " + name + ", " + where + ": " + problem);
    }
}
