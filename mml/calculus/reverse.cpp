#include "mml/calculus/reverse.hpp"

#include "mml/core/error.hpp"

#include <cmath>
#include <sstream>

namespace mml {

namespace {

// One recorded operation: up to two parents with the local partial derivatives ∂node/∂parent.
struct Node {
    std::size_t parent[2];
    double partial[2];
    int parents;
};

struct Tape {
    std::vector<Node> nodes;
    std::vector<double> adjoints;  // filled by backward(), indexed like nodes
};

Tape& tape() {
    thread_local Tape t;
    return t;
}

std::size_t push(Node node) {
    Tape& t = tape();
    t.nodes.push_back(node);
    return t.nodes.size() - 1;
}

}  // namespace

Var::Var(double value) : value_(value), index_(push(Node{{0, 0}, {0.0, 0.0}, 0})) {}

Var Var::record(double value, std::size_t parent0, double partial0) {
    return Var(value, push(Node{{parent0, 0}, {partial0, 0.0}, 1}));
}

Var Var::record(double value, std::size_t parent0, double partial0, std::size_t parent1, double partial1) {
    return Var(value, push(Node{{parent0, parent1}, {partial0, partial1}, 2}));
}

double Var::adjoint() const {
    const Tape& t = tape();
    return index_ < t.adjoints.size() ? t.adjoints[index_] : 0.0;
}

void Var::backward() const {
    Tape& t = tape();
    if (index_ >= t.nodes.size())
        throw DomainError("Var::backward: this variable is not on the tape (was clear_tape() called after it was made?)");
    t.adjoints.assign(t.nodes.size(), 0.0);
    t.adjoints[index_] = 1.0;  // ∂y/∂y = 1
    // One sweep in reverse topological order: a node's adjoint is complete before we reach it,
    // because every node that uses it was recorded later.
    for (std::size_t k = index_ + 1; k-- > 0;) {
        const Node& node = t.nodes[k];
        const double a = t.adjoints[k];
        if (a == 0.0) continue;
        for (int p = 0; p < node.parents; ++p) t.adjoints[node.parent[p]] += a * node.partial[p];
    }
}

void clear_tape() {
    Tape& t = tape();
    t.nodes.clear();  // clear() keeps the capacity: the next computation reuses the memory
    t.adjoints.clear();
}

std::size_t tape_size() { return tape().nodes.size(); }

Var operator+(const Var& u, const Var& v) { return Var::record(u.value() + v.value(), u.index(), 1.0, v.index(), 1.0); }
Var operator-(const Var& u, const Var& v) { return Var::record(u.value() - v.value(), u.index(), 1.0, v.index(), -1.0); }
Var operator*(const Var& u, const Var& v) {
    return Var::record(u.value() * v.value(), u.index(), v.value(), v.index(), u.value());
}
Var operator/(const Var& u, const Var& v) {
    const double q = u.value() / v.value();
    return Var::record(q, u.index(), 1.0 / v.value(), v.index(), -q / v.value());
}
Var operator-(const Var& u) { return Var::record(-u.value(), u.index(), -1.0); }
Var operator+(const Var& u, double c) { return Var::record(u.value() + c, u.index(), 1.0); }
Var operator+(double c, const Var& u) { return Var::record(c + u.value(), u.index(), 1.0); }
Var operator-(const Var& u, double c) { return Var::record(u.value() - c, u.index(), 1.0); }
Var operator-(double c, const Var& u) { return Var::record(c - u.value(), u.index(), -1.0); }
Var operator*(const Var& u, double c) { return Var::record(u.value() * c, u.index(), c); }
Var operator*(double c, const Var& u) { return Var::record(c * u.value(), u.index(), c); }
Var operator/(const Var& u, double c) { return Var::record(u.value() / c, u.index(), 1.0 / c); }
Var operator/(double c, const Var& u) {
    const double q = c / u.value();
    return Var::record(q, u.index(), -q / u.value());
}
Var& operator+=(Var& u, const Var& v) { return u = u + v; }
Var& operator-=(Var& u, const Var& v) { return u = u - v; }
Var& operator*=(Var& u, const Var& v) { return u = u * v; }
Var& operator/=(Var& u, const Var& v) { return u = u / v; }
bool operator<(const Var& u, const Var& v) { return u.value() < v.value(); }
bool operator>(const Var& u, const Var& v) { return u.value() > v.value(); }
bool operator<(const Var& u, double c) { return u.value() < c; }
bool operator>(const Var& u, double c) { return u.value() > c; }

Var exp(const Var& u) {
    const double e = std::exp(u.value());
    return Var::record(e, u.index(), e);
}
Var log(const Var& u) {
    if (!(u.value() > 0.0)) {
        std::ostringstream msg;
        msg << "log(Var): the argument's value is " << u.value() << " — log is defined only for values > 0";
        throw DomainError(msg.str());
    }
    return Var::record(std::log(u.value()), u.index(), 1.0 / u.value());
}
Var sqrt(const Var& u) {
    if (u.value() < 0.0) {
        std::ostringstream msg;
        msg << "sqrt(Var): the argument's value is " << u.value() << " — sqrt needs a value >= 0";
        throw DomainError(msg.str());
    }
    const double r = std::sqrt(u.value());
    return Var::record(r, u.index(), 0.5 / r);
}
Var pow(const Var& u, double p) {
    return Var::record(std::pow(u.value(), p), u.index(), p * std::pow(u.value(), p - 1.0));
}
Var sin(const Var& u) { return Var::record(std::sin(u.value()), u.index(), std::cos(u.value())); }
Var cos(const Var& u) { return Var::record(std::cos(u.value()), u.index(), -std::sin(u.value())); }
Var tan(const Var& u) {
    const double t = std::tan(u.value());
    return Var::record(t, u.index(), 1.0 + t * t);
}
Var atan(const Var& u) { return Var::record(std::atan(u.value()), u.index(), 1.0 / (1.0 + u.value() * u.value())); }
Var tanh(const Var& u) {
    const double t = std::tanh(u.value());
    return Var::record(t, u.index(), 1.0 - t * t);
}
Var abs(const Var& u) { return Var::record(std::abs(u.value()), u.index(), u.value() < 0.0 ? -1.0 : 1.0); }
Var sigmoid(const Var& u) {
    const double x = u.value();
    const double s = x >= 0.0 ? 1.0 / (1.0 + std::exp(-x)) : std::exp(x) / (1.0 + std::exp(x));
    return Var::record(s, u.index(), s * (1.0 - s));
}

std::ostream& operator<<(std::ostream& out, const Var& u) { return out << "Var(" << u.value() << ")"; }

}  // namespace mml
