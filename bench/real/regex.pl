# Regex work for bench/run-real.sh over the generated text (argv[0]):
# captures, alternation, substitution, split and a hash of counts.
my (%count, $subs, $lines);
open(my $fh, '<', $ARGV[0]) or die "$ARGV[0]: $!";
while (my $line = <$fh>) {
    $lines++;
    while ($line =~ /\b([a-z]{3,})(?:ing|ed|s)?\b/g) { $count{$1}++; }
    $subs += ($line =~ s/([aeiou])([^aeiou\s])\2/$2$1/g);
    my @f = split /[\s,;]+/, $line;
    $count{"#fields"} += @f;
}
close $fh;
my $top = join ",", (sort { $count{$b} <=> $count{$a} || $a cmp $b } keys %count)[0 .. 4];
print "$lines $subs ", scalar(keys %count), " $top\n";
