{*a, *b}
{*a for b in c}
