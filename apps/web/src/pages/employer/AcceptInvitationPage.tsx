import { Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../components/common';
import { AcceptInvitation } from './CompanyPage';

/** Where the invitation e-mail's link lands (`/employer-invitations/accept?token=…`). */
export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <>
      <PageTitle>{t('company.acceptTitle')}</PageTitle>
      <Text>{t('company.acceptExplain')}</Text>
      <AcceptInvitation
        onDone={async () => {
          await queryClient.invalidateQueries({ queryKey: ['company'] });
          navigate('/employer/company');
        }}
      />
    </>
  );
}
