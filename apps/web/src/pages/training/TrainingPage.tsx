import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { trainingPaths, type Programme } from '../../api/training';
import { ErrorMessage, Loading, PageTitle } from '../../components/common';
import { ProgrammeCard } from './TrainingsPage';

/** One published programme with its upcoming cohorts (public; a seeker applies here). */
export default function TrainingPage() {
  const { id = '' } = useParams();
  const programme = useQuery({ queryKey: ['training', 'public', id], queryFn: () => api<Programme>(trainingPaths.publicProgramme(id)) });
  if (programme.isLoading) return <Loading />;
  if (!programme.data) return <ErrorMessage error={programme.error} />;
  return (
    <>
      <PageTitle>{programme.data.title}</PageTitle>
      <ProgrammeCard programme={programme.data} standalone />
    </>
  );
}
