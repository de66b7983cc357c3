# elfload
