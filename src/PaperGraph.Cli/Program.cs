Console.WriteLine("papergraph");
